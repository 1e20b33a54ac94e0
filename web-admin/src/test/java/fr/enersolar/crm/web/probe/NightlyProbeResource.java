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
    @Inject fr.enersolar.crm.application.jobs.NightlyData data;

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

    // Billing and verification pages (ui-billing): a named scenario, its monthly rollup, a report.

    /**
     * Two CRMs named {@code from_name} and {@code to_name}; at {@code at}, 3 PV leads of 75 at
     * 25.50 € and 2 PAC leads of 69 at 40.00 € from the first's traffic delivered to the second,
     * and 5 delivered leads that stay with their CRM; then the month's rollup (the billing-rollup
     * job's sums, written as the job writes them). Answers both ids and the statement's id.
     */
    @POST
    @Path("billing-scenario")
    public JsonObject billingScenario(
            @QueryParam("from_name") String fromName,
            @QueryParam("to_name") String toName,
            @QueryParam("at") String at) {
        String from = UUID.randomUUID().toString();
        String to = UUID.randomUUID().toString();
        String account = UUID.randomUUID().toString();
        Instant when = Instant.parse(at);
        store.database()
                .getCollection("crms")
                .insertMany(
                        List.of(
                                new Document("_id", from)
                                        .append("name", fromName)
                                        .append("slug", "c" + from.substring(0, 6)),
                                new Document("_id", to)
                                        .append("name", toName)
                                        .append("slug", "c" + to.substring(0, 6))));
        store.database()
                .getCollection("accounts")
                .insertOne(new Document("_id", account).append("crm_id", from));
        List<Document> leads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            boolean cross = i < 5;
            leads.add(
                    new Document("_id", UUID.randomUUID().toString())
                            .append("created_at", Date.from(when.plusSeconds(i)))
                            .append("account_id", account)
                            .append("target_crm_id", cross ? to : from)
                            .append("phone", "06123400" + (10 + i))
                            .append("product_type", i < 3 ? "PV" : "PAC")
                            .append("departement", i < 3 ? "75" : "69")
                            .append("prix_unitaire", (long) (i < 3 ? 2550 : 4000))
                            .append("cross_crm", cross)
                            .append("api_status", i % 2 == 0 ? "success" : "duplicate"));
        }
        store.database().getCollection("leads").insertMany(leads);
        java.time.YearMonth month = java.time.YearMonth.from(when.atZone(java.time.ZoneOffset.UTC));
        rollup(month);
        String statement =
                store.database()
                        .getCollection("billing_history")
                        .find(
                                com.mongodb.client.model.Filters.and(
                                        com.mongodb.client.model.Filters.eq("from_crm_id", from),
                                        com.mongodb.client.model.Filters.eq("to_crm_id", to)))
                        .first()
                        .getString("_id");
        return Json.createObjectBuilder()
                .add("from", from)
                .add("to", to)
                .add("statement", statement)
                .build();
    }

    /** What the billing-rollup job writes for {@code month}, as FakeNightlyJobs does. */
    private void rollup(java.time.YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        Instant to =
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        var totals = new fr.enersolar.crm.application.jobs.BillingTotals();
        var accounts = data.accountCrms();
        try (var rows = data.deliveredCrossCrm(from, to, null)) {
            rows.forEachRemaining(row -> totals.add(row, accounts));
        }
        data.replaceDrafts(month, totals.statements(month, Instant.now()));
    }

    /**
     * A verification report run at {@code at} over the day before: 7 leads, 4 sent, 1 duplicate, 2
     * failed of which one re-queued and one skipped as a CRM duplicate. Answers its id.
     */
    @POST
    @Path("verification-report")
    public JsonObject verificationReport(@QueryParam("at") String at) {
        Instant runAt = Instant.parse(at);
        var report =
                new fr.enersolar.crm.domain.model.verification.VerificationReport(
                        runAt,
                        new fr.enersolar.crm.domain.model.verification.VerificationPeriod(
                                runAt.minus(java.time.Duration.ofHours(24)), runAt),
                        new fr.enersolar.crm.domain.model.verification.VerificationTally(
                                7, 4, 1, 2, 1, 0, 0, 1),
                        List.of(
                                new fr.enersolar.crm.domain.model.verification.VerificationDetail(
                                        "lead-requeued", "requeued", "", "failed", "", "", ""),
                                new fr.enersolar.crm.domain.model.verification.VerificationDetail(
                                        "lead-skipped",
                                        "skipped",
                                        "Doublon CRM",
                                        "failed",
                                        "",
                                        "",
                                        "")));
        data.storeReport(report);
        return Json.createObjectBuilder().add("id", report.id().value()).build();
    }
}
