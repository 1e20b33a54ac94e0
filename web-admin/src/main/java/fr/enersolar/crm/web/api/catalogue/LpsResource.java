package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.LandingPages;
import fr.enersolar.crm.application.catalogue.LpView;
import fr.enersolar.crm.application.catalogue.Page;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * {@code /api/lps} (SPEC-seed §5.3, §6.6): landing pages with their form, created, changed,
 * archived (DELETE) and duplicated together. The list is paged ({@code limit} ≤ 500, default 200,
 * {@code skip}; {@code total} added) and carries each LP's figures, counted by the store. The
 * partner key is shown masked ({@code ****} + last 4), clear only in the answer of the call that
 * set it.
 */
@Path("lps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LpsResource {

    static final int DEFAULT_LIMIT = 200;
    static final Set<String> TEXTS =
            Set.of(
                    "account_id",
                    "name",
                    "url",
                    "product_type",
                    "form_mode",
                    "form_url",
                    "tracking_type",
                    "redirect_url",
                    "source_type",
                    "source_name",
                    "crm_api_key",
                    "notes",
                    "status");

    @Inject LandingPages lps;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(Section.LPS)
    public JsonObject list(
            @QueryParam("account_id") String accountId,
            @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @QueryParam("skip") String skip) {
        Paging paging = CatalogueInput.paging(limit, skip, DEFAULT_LIMIT);
        Page<LpView> page = lps.list(CatalogueInput.filter(accountId), status, paging);
        return CatalogueJson.page("lps", page, paging, lp -> CatalogueJson.lp(lp, false));
    }

    @GET
    @Path("{id}")
    @Requires(Section.LPS)
    public JsonObject get(@PathParam("id") String id) {
        return CatalogueJson.lp(lps.get(id), true).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.LPS, access = Access.WRITE)
    public JsonObject create(String body) {
        return duo(
                lps.create(
                        caller(),
                        CatalogueInput.read(body, TEXTS, Set.of("allow_cross_crm"), Set.of())));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.LPS, access = Access.WRITE)
    public JsonObject update(@PathParam("id") String id, String body) {
        LpView lp = lps.update(caller(), id, CatalogueInput.read(body, TEXTS, Set.of(), Set.of()));
        return JSON.createObjectBuilder()
                .add("success", true)
                .add("lp", CatalogueJson.lp(lp, true))
                .build();
    }

    /** Archives the landing page and its form. */
    @DELETE
    @Path("{id}")
    @Requires(value = Section.LPS, access = Access.WRITE)
    public JsonObject archive(@PathParam("id") String id) {
        lps.archive(caller(), id);
        return CatalogueInput.success();
    }

    @POST
    @Path("{id}/duplicate")
    @Requires(value = Section.LPS, access = Access.WRITE)
    public JsonObject duplicate(@PathParam("id") String id) {
        return duo(lps.duplicate(caller(), id));
    }

    private static JsonObject duo(LandingPages.Duo duo) {
        return JSON.createObjectBuilder()
                .add("success", true)
                .add("lp", CatalogueJson.lp(duo.lp(), true))
                .add("form", CatalogueJson.form(duo.form(), true))
                .add(
                        "codes",
                        JSON.createObjectBuilder()
                                .add("lp_code", duo.lp().lp().code().value())
                                .add("form_code", duo.form().form().code().value())
                                .add("liaison_code", duo.lp().liaisonCode().orElse("")))
                .build();
    }

    private Caller caller() {
        return new Caller(staff.require(), client.ip());
    }
}
