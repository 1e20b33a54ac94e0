package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** Writes and reads through the application's repositories, for the test over HTTP. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RepositoryProbeResource {

    @Inject AccountRepository accounts;
    @Inject LpRepository lps;
    @Inject Clock clock;

    /** Stores a new account; 201 with its id, 400 when the name or CRM id is refused. */
    @POST
    @Path("accounts")
    public Response createAccount(@QueryParam("name") String name, @QueryParam("crm") String crm) {
        Account account;
        try {
            account =
                    new Account(
                            AccountId.generate(), name, new CrmId(crm), clock.instant(), "probe");
        } catch (IllegalArgumentException | NullPointerException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(
                            Json.createObjectBuilder()
                                    .add("error", String.valueOf(e.getMessage()))
                                    .build())
                    .build();
        }
        accounts.store(account);
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("id", account.id().value()).build())
                .build();
    }

    /** The stored account as JSON; 404 when there is none with this id. */
    @GET
    @Path("accounts/{id}")
    public Response readAccount(@PathParam("id") String id) {
        AccountId accountId;
        try {
            accountId = new AccountId(id);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        return accounts.find(accountId)
                .map(a -> Response.ok(json(a)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    /** Allocates the next landing-page code. */
    @POST
    @Path("lps/next-code")
    public JsonObject nextLpCode() {
        return Json.createObjectBuilder().add("code", lps.nextCode().value()).build();
    }

    private static JsonObject json(Account account) {
        return Json.createObjectBuilder()
                .add("id", account.id().value())
                .add("name", account.name())
                .add("crmId", account.primaryCrm().value())
                .add("createdAt", account.createdAt().toString())
                .build();
    }
}
