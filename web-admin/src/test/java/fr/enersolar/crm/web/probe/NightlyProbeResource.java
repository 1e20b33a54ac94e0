package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * Test-only: writes what the billing rollup reads, for {@code BillingIT}: two CRMs' accounts and
 * delivered cross-CRM leads from the first to the second, with a frozen unit price.
 */
@Path("nightly-probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NightlyProbeResource {

    @Inject MongoStore store;

    /**
     * {@code count} leads created at {@code at}, ZR7's traffic delivered to MDL; answers the ids.
     */
    @POST
    @Path("cross-leads")
    public JsonObject crossLeads(
            @QueryParam("count") int count,
            @QueryParam("cents") long cents,
            @QueryParam("at") String at) {
        String zr7 = UUID.randomUUID().toString();
        String mdl = UUID.randomUUID().toString();
        String account = UUID.randomUUID().toString();
        store.database()
                .getCollection("accounts")
                .insertOne(new Document("_id", account).append("crm_id", zr7));
        List<Document> leads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leads.add(
                    new Document("_id", UUID.randomUUID().toString())
                            .append("created_at", Date.from(Instant.parse(at)))
                            .append("account_id", account)
                            .append("target_crm_id", mdl)
                            .append("product_type", "PV")
                            .append("departement", "75")
                            .append("prix_unitaire", cents)
                            .append("cross_crm", true)
                            .append("api_status", "success"));
        }
        store.database().getCollection("leads").insertMany(leads);
        return Json.createObjectBuilder().add("from", zr7).add("to", mdl).build();
    }
}
