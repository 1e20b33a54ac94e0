package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.FormCatalogue;
import fr.enersolar.crm.application.catalogue.FormView;
import fr.enersolar.crm.application.catalogue.Page;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.application.catalogue.Values;
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
 * {@code /api/forms} (SPEC-seed §5.3): list (filters {@code account_id}, {@code product_type},
 * {@code status}; paged, {@code limit} ≤ 500, default 200, {@code skip}; {@code total} added),
 * detail, create, update, archive (DELETE), duplicate. The partner key is shown masked ({@code
 * ****} + last 4), clear only in the answer of the call that set it; {@code allow_cross_crm} is
 * stored from creation on.
 */
@Path("forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormsResource {

    static final int DEFAULT_LIMIT = 200;
    static final Set<String> TEXTS =
            Set.of(
                    "account_id",
                    "name",
                    "url",
                    "product_type",
                    "lp_id",
                    "crm_api_key",
                    "tracking_type",
                    "redirect_url",
                    "notes",
                    "status",
                    "consent_text_version");

    @Inject FormCatalogue forms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(Section.FORMS)
    public JsonObject list(
            @QueryParam("account_id") String accountId,
            @QueryParam("product_type") String productType,
            @QueryParam("status") String status,
            @QueryParam("limit") String limit,
            @QueryParam("skip") String skip) {
        Paging paging = CatalogueInput.paging(limit, skip, DEFAULT_LIMIT);
        Page<FormView> page =
                forms.list(
                        CatalogueInput.filter(accountId),
                        CatalogueInput.filter(productType),
                        status,
                        paging);
        return CatalogueJson.page("forms", page, paging, f -> CatalogueJson.form(f, false));
    }

    @GET
    @Path("{id}")
    @Requires(Section.FORMS)
    public JsonObject get(@PathParam("id") String id) {
        return CatalogueJson.form(forms.get(id), true).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.FORMS, access = Access.WRITE)
    public JsonObject create(String body) {
        return withCode(forms.create(caller(), values(body)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.FORMS, access = Access.WRITE)
    public JsonObject update(@PathParam("id") String id, String body) {
        FormView form = forms.update(caller(), id, values(body));
        return JSON.createObjectBuilder()
                .add("success", true)
                .add("form", CatalogueJson.form(form, true))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Requires(value = Section.FORMS, access = Access.WRITE)
    public JsonObject archive(@PathParam("id") String id) {
        forms.archive(caller(), id);
        return CatalogueInput.success();
    }

    @POST
    @Path("{id}/duplicate")
    @Requires(value = Section.FORMS, access = Access.WRITE)
    public JsonObject duplicate(@PathParam("id") String id) {
        return withCode(forms.duplicate(caller(), id));
    }

    private static Values values(String body) {
        return CatalogueInput.read(
                body, TEXTS, Set.of("allow_cross_crm"), Set.of("required_fields"));
    }

    private static JsonObject withCode(FormView form) {
        return JSON.createObjectBuilder()
                .add("success", true)
                .add("form", CatalogueJson.form(form, true))
                .add("code", form.form().code().value())
                .build();
    }

    private Caller caller() {
        return new Caller(staff.require(), client.ip());
    }
}
