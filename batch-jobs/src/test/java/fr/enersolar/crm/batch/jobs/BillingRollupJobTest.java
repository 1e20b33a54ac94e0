package fr.enersolar.crm.batch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The billing-rollup job on JBeret SE, over a real (in-process) store. */
class BillingRollupJobTest {

    private final String zr7 = UUID.randomUUID().toString();
    private final String mdl = UUID.randomUUID().toString();
    private final String other = UUID.randomUUID().toString();
    private final String zr7Account = UUID.randomUUID().toString();
    private final String mdlAccount = UUID.randomUUID().toString();
    private final Instant november = Instant.parse("2026-11-01T00:00:00Z");
    private MongoDatabase db;
    private MongoCollection<Document> history;

    @BeforeEach
    void seed() {
        db = JobsHarness.start();
        history = db.getCollection("billing_history");
        db.getCollection("accounts")
                .insertMany(
                        List.of(
                                new Document("_id", zr7Account).append("crm_id", zr7),
                                new Document("_id", mdlAccount).append("crm_id", mdl)));
        List<Document> leads = new ArrayList<>();
        // ZR7's traffic delivered to MDL: 1,200 PV in 75 at 25 €, 900 PAC in 13 at 30 €.
        for (int i = 0; i < 1_200; i++) {
            leads.add(cross(november.plusSeconds(i / 4), zr7Account, mdl, "PV", "75", 2_500));
        }
        for (int i = 0; i < 900; i++) {
            leads.add(cross(november.plusSeconds(i), zr7Account, mdl, "PAC", "13", 3_000));
        }
        // MDL's traffic delivered to ZR7: 400 PV in 75 at 20 €, some of them duplicates.
        for (int i = 0; i < 400; i++) {
            Document lead =
                    cross(november.plusSeconds(500 + i), mdlAccount, zr7, "PV", "75", 2_000);
            if (i % 2 == 0) {
                lead.put("api_status", "duplicate");
            }
            leads.add(lead);
        }
        // Not billed: not delivered, not cross-CRM, another month.
        leads.add(
                cross(november, zr7Account, mdl, "PV", "75", 2_500).append("api_status", "failed"));
        leads.add(cross(november, zr7Account, mdl, "PV", "75", 2_500).append("cross_crm", false));
        leads.add(cross(november.minusSeconds(1), zr7Account, mdl, "PV", "75", 2_500));
        leads.add(cross(Instant.parse("2026-12-01T00:00:00Z"), zr7Account, mdl, "PV", "75", 2_500));
        // Billed nowhere: its account has no CRM (counted as skipped).
        leads.add(cross(november, UUID.randomUUID().toString(), mdl, "PV", "75", 2_500));
        db.getCollection("leads").insertMany(leads);
        // A stale draft of a pair that no longer has leads, a stale draft of a real pair, and a
        // statement already sent (final) of another pair.
        history.insertMany(
                List.of(
                        statement(other, mdl, "draft", 99),
                        statement(zr7, mdl, "draft", 7),
                        statement(other, zr7, "sent", 42)));
    }

    private static Document cross(
            Instant at, String account, String target, String product, String dept, long cents) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("created_at", Date.from(at))
                .append("account_id", account)
                .append("target_crm_id", target)
                .append("product_type", product)
                .append("departement", dept)
                .append("prix_unitaire", cents)
                .append("cross_crm", true)
                .append("api_status", "success");
    }

    private static Document statement(String from, String to, String status, long leads) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("year", 2026)
                .append("month", 11)
                .append("from_crm_id", from)
                .append("to_crm_id", to)
                .append("total_leads", leads)
                .append("total_amount", leads * 100)
                .append("status", status);
    }

    private Properties parameters() {
        Properties p = new Properties();
        p.setProperty("run_at", "2026-12-01T03:00:00Z");
        p.setProperty("period", "2026-11");
        return p;
    }

    @Test
    void sumsTheMonthPerPairProductAndDepartementFromTheFrozenPrices() {
        long execution = JobsHarness.run("billing-rollup", parameters());

        assertThat(JobsHarness.status(execution)).isEqualTo(BatchStatus.COMPLETED);
        assertStatements();
    }

    @Test
    void runningAgainReplacesTheMonthNeverAddsToIt() {
        JobsHarness.run("billing-rollup", parameters());
        long again = JobsHarness.run("billing-rollup", parameters());

        assertThat(JobsHarness.status(again)).isEqualTo(BatchStatus.COMPLETED);
        assertStatements();
    }

    @Test
    void restartAfterAFailureMidJobNeverDoubleCounts() {
        // Chunks of 1,000: reading the 2,001st lead fails, after two chunks were committed.
        JobsHarness.data().rowsBeforeFailure.set(2_000);
        long failed = JobsHarness.run("billing-rollup", parameters());
        assertThat(JobsHarness.status(failed)).isEqualTo(BatchStatus.FAILED);

        long restarted = JobsHarness.restart(failed);

        assertThat(JobsHarness.status(restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertStatements();
    }

    @Test
    void restartAfterAFailureWhilePublishingNeverDoubleCounts() {
        JobsHarness.data().publishesBeforeFailure.set(0);
        long failed = JobsHarness.run("billing-rollup", parameters());
        assertThat(JobsHarness.status(failed)).isEqualTo(BatchStatus.FAILED);

        long restarted = JobsHarness.restart(failed);

        assertThat(JobsHarness.status(restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertStatements();
    }

    private void assertStatements() {
        Document zr7ToMdl = pair(zr7, mdl);
        assertThat(zr7ToMdl.getString("status")).isEqualTo("draft");
        assertThat(zr7ToMdl.get("total_leads", Number.class).longValue()).isEqualTo(2_100);
        assertThat(zr7ToMdl.get("total_amount", Number.class).longValue())
                .isEqualTo(1_200 * 2_500L + 900 * 3_000L);
        assertThat(zr7ToMdl.getList("breakdown", Document.class))
                .extracting(
                        d -> d.getString("product"),
                        d -> d.getString("department"),
                        d -> d.get("count", Number.class).longValue(),
                        d -> d.get("price", Number.class).longValue())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("PAC", "13", 900L, 3_000L),
                        org.assertj.core.groups.Tuple.tuple("PV", "75", 1_200L, 2_500L));
        Document mdlToZr7 = pair(mdl, zr7);
        assertThat(mdlToZr7.get("total_leads", Number.class).longValue()).isEqualTo(400);
        assertThat(mdlToZr7.get("total_amount", Number.class).longValue()).isEqualTo(800_000);
        // The stale draft is gone, the sent statement is kept as it was.
        assertThat(history.countDocuments(Filters.eq("from_crm_id", other))).isEqualTo(1);
        assertThat(pair(other, zr7).get("total_leads", Number.class).longValue()).isEqualTo(42);
        assertThat(history.countDocuments()).isEqualTo(3);
    }

    private Document pair(String from, String to) {
        List<Document> found =
                history.find(
                                Filters.and(
                                        Filters.eq("year", 2026),
                                        Filters.eq("month", 11),
                                        Filters.eq("from_crm_id", from),
                                        Filters.eq("to_crm_id", to)))
                        .into(new ArrayList<>());
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
