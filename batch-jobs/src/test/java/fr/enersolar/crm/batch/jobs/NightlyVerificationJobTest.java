package fr.enersolar.crm.batch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The nightly-verification job on JBeret SE, over a real (in-process) store. */
class NightlyVerificationJobTest {

    private static final int LEADS = 1_500;

    private final Instant runAt = Instant.parse("2026-11-24T03:00:00Z");
    private final Instant from = runAt.minus(Duration.ofHours(24));
    private MongoDatabase db;
    private MongoCollection<Document> leads;

    @BeforeEach
    void seed() {
        db = JobsHarness.start();
        leads = db.getCollection("leads");
        String crm = UUID.randomUUID().toString();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            // Three leads per second: ties on created_at, broken by id.
            Document lead = lead(from.plusSeconds(60 + i / 3), crm);
            switch (i % 5) {
                case 0 -> lead.append("api_status", "success");
                case 1 -> lead.append("api_status", "duplicate");
                case 2 -> lead.append("api_status", "failed").append("api_response", "HTTP 503");
                case 3 ->
                        lead.append("api_status", "failed")
                                .append("api_response", "{\"message\":\"Doublon détecté\"}");
                default -> lead.append("api_status", "pending");
            }
            docs.add(lead);
        }
        // Outside the window: never looked at.
        docs.add(lead(from.minusSeconds(1), crm).append("api_status", "failed"));
        docs.add(lead(runAt, crm).append("api_status", "failed"));
        // Failed but leased by a delivery worker: left to it.
        docs.add(
                lead(from.plusSeconds(10), crm)
                        .append("api_status", "failed")
                        .append("lease_owner", "worker-1")
                        // Leases are judged against the wall clock, not the run's nominal time.
                        .append("lease_until", Date.from(Instant.now().plus(Duration.ofDays(1)))));
        leads.insertMany(docs);
    }

    private static Document lead(Instant createdAt, String crm) {
        return new Document("_id", UUID.randomUUID().toString())
                .append("created_at", Date.from(createdAt))
                .append("target_crm_id", crm)
                .append("retry_count", 0)
                .append("timeline", new ArrayList<>());
    }

    private Properties parameters() {
        Properties p = new Properties();
        p.setProperty("run_at", runAt.toString());
        p.setProperty("from", from.toString());
        p.setProperty("to", runAt.toString());
        return p;
    }

    @Test
    void classifiesTheWindowRequeuesTheRetryableOnesAndStoresTheReport() {
        long execution = JobsHarness.run("nightly-verification", parameters());

        assertThat(JobsHarness.status(execution)).isEqualTo(BatchStatus.COMPLETED);
        assertReportAndLeads();
    }

    @Test
    void restartAfterAFailureMidChunkNeitherDoubleQueuesNorDoubleCounts() {
        // 100 retryable leads per chunk of 500: the 150th requeue fails in the second chunk,
        // after 49 of its leads were already handed back to the outbox.
        JobsHarness.data().requeuesBeforeFailure.set(149);
        long failed = JobsHarness.run("nightly-verification", parameters());
        assertThat(JobsHarness.status(failed)).isEqualTo(BatchStatus.FAILED);
        assertThat(db.getCollection("verification_reports").countDocuments()).isZero();

        long restarted = JobsHarness.restart(failed);

        assertThat(JobsHarness.status(restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertReportAndLeads();
    }

    @Test
    void aFailureStoringTheReportIsRecoveredByARestart() {
        JobsHarness.data().publishesBeforeFailure.set(0);
        long failed = JobsHarness.run("nightly-verification", parameters());
        assertThat(JobsHarness.status(failed)).isEqualTo(BatchStatus.FAILED);

        long restarted = JobsHarness.restart(failed);

        assertThat(JobsHarness.status(restarted)).isEqualTo(BatchStatus.COMPLETED);
        assertReportAndLeads();
    }

    private void assertReportAndLeads() {
        Document report = db.getCollection("verification_reports").find().first();
        assertThat(report).isNotNull();
        assertThat(report.getString("_id")).isEqualTo("report_20261124_030000");
        assertThat(report.getDate("run_at").toInstant()).isEqualTo(runAt);
        Document period = report.get("period", Document.class);
        assertThat(period.getDate("from").toInstant()).isEqualTo(from);
        assertThat(period.getDate("to").toInstant()).isEqualTo(runAt);
        assertThat(report.get("total_leads", Number.class).longValue()).isEqualTo(LEADS + 1);
        assertThat(report.get("successful", Number.class).longValue()).isEqualTo(300);
        assertThat(report.get("duplicates", Number.class).longValue()).isEqualTo(300);
        // retryable 300 + "doublon" 300 + pending 300 + the leased one
        assertThat(report.get("failed", Number.class).longValue()).isEqualTo(901);
        assertThat(report.get("retried", Number.class).longValue()).isEqualTo(300);
        assertThat(report.get("skipped_duplicates", Number.class).longValue()).isEqualTo(300);
        assertThat(report.getList("details", Document.class))
                .hasSize(901)
                .anySatisfy(d -> assertThat(d.getString("action")).isEqualTo("requeued"));

        // Each retryable lead handed back to the outbox exactly once, due now, without a lease.
        List<Document> requeued =
                leads.find(Filters.eq("retried_by", "nightly_verification"))
                        .into(new ArrayList<>());
        assertThat(requeued).hasSize(300);
        assertThat(requeued)
                .allSatisfy(
                        d -> {
                            assertThat(d.getString("api_status")).isEqualTo("queued");
                            assertThat(d.get("retry_count", Number.class).intValue()).isEqualTo(1);
                            assertThat(d.getDate("next_attempt_at")).isNotNull();
                            assertThat(d.get("lease_owner")).isNull();
                            assertThat(d.getList("timeline", Document.class))
                                    .singleElement()
                                    .satisfies(
                                            t ->
                                                    assertThat(t.getString("type"))
                                                            .isEqualTo("requeued"));
                        });
        // Never the "doublon" answers, the pending ones, the leased one or those outside the
        // window.
        assertThat(leads.countDocuments(Filters.eq("api_status", "failed"))).isEqualTo(303);
        assertThat(leads.countDocuments(Filters.eq("api_status", "pending"))).isEqualTo(300);
    }
}
