package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.Accounts;
import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.Page;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.application.catalogue.Values;
import fr.enersolar.crm.domain.model.account.Account;
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
 * {@code /api/accounts} (SPEC-seed §5.3): list (by name, {@code crm_id} filter, paged with {@code
 * limit} ≤ 500, default 100, and {@code skip}; {@code total} added), detail, create, update,
 * delete. Reads need the accounts section, writes a non-viewer, delete an administrator. Changing
 * the GTM snippets needs an administrator too (they are script on customers' sites).
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    static final int DEFAULT_LIMIT = 100;
    static final Set<String> FIELDS =
            Set.of(
                    "name",
                    "crm_id",
                    "domain",
                    "logo_main_url",
                    "logo_secondary_url",
                    "logo_mini_url",
                    "primary_color",
                    "secondary_color",
                    "privacy_policy_text",
                    "legal_mentions_text",
                    "gtm_head",
                    "gtm_body",
                    "gtm_conversion",
                    "default_tracking_type",
                    "notes");

    @Inject Accounts accounts;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(Section.ACCOUNTS)
    public JsonObject list(
            @QueryParam("crm_id") String crmId,
            @QueryParam("limit") String limit,
            @QueryParam("skip") String skip) {
        Paging paging = CatalogueInput.paging(limit, skip, DEFAULT_LIMIT);
        Page<Account> page = accounts.list(CatalogueInput.filter(crmId), paging);
        return CatalogueJson.page("accounts", page, paging, CatalogueJson::account);
    }

    @GET
    @Path("{id}")
    @Requires(Section.ACCOUNTS)
    public JsonObject get(@PathParam("id") String id) {
        return CatalogueJson.account(accounts.get(id)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.ACCOUNTS, access = Access.WRITE)
    public JsonObject create(String body) {
        Account account = accounts.create(caller(), values(body));
        return saved(account);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.ACCOUNTS, access = Access.WRITE)
    public JsonObject update(@PathParam("id") String id, String body) {
        return saved(accounts.update(caller(), id, values(body)));
    }

    @DELETE
    @Path("{id}")
    @Requires(value = Section.ACCOUNTS, access = Access.ADMIN)
    public JsonObject delete(@PathParam("id") String id) {
        accounts.delete(caller(), id);
        return CatalogueInput.success();
    }

    private static Values values(String body) {
        return CatalogueInput.read(body, FIELDS, Set.of(), Set.of());
    }

    private static JsonObject saved(Account account) {
        return JSON.createObjectBuilder()
                .add("success", true)
                .add("account", CatalogueJson.account(account))
                .build();
    }

    private Caller caller() {
        return new Caller(staff.require(), client.ip());
    }
}
