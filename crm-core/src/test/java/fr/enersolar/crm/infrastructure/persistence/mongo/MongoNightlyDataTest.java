package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import fr.enersolar.crm.application.jobs.LeadCursor;
import fr.enersolar.crm.application.jobs.LeadRow;
import fr.enersolar.crm.infrastructure.store.EmbeddedBackend;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly jobs' store access: a cursor that reads the window once, in order, from a key; and a
 * re-queue that writes at once when the lead is still as the cursor read it, and reads it again
 * when it is not.
 */
class MongoNightlyDataTest {

    private final Instant runAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final Instant from = runAt.minus(1, ChronoUnit.DAYS);
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> leads;
    private MongoNightlyData data;

    @BeforeEach
    void start() {
        server = new MongoServer(EmbeddedBackend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        var database = client.getDatabase("nightly");
        leads = database.getCollection("leads");
        data = new MongoNightlyData(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private void failedLead(String id, int minute) {
        leads.insertOne(
                new Document("_id", id)
                        .append("created_at", Date.from(from.plus(minute, ChronoUnit.MINUTES)))
                        .append("api_status", "failed")
                        .append("api_response", "HTTP 503")
                        .append("target_crm_id", "crm")
                        .append(MongoDeliveryQueue.VERSION_FIELD, 1_000L + minute)
                        .append("timeline", new ArrayList<>()));
    }

    private List<LeadRow> read() {
        List<LeadRow> rows = new ArrayList<>();
        try (LeadCursor cursor = data.leadsCreated(from, runAt, null)) {
            cursor.forEachRemaining(rows::add);
        }
        return rows;
    }

    private Document lead(String id) {
        return leads.find(Filters.eq("_id", id)).first();
    }

    @Test
    void theCursorReadsTheWindowInOrderFromTheCheckpoint() {
        for (int i = 0; i < 2_500; i++) { // more than one batch of the cursor
            failedLead(String.format("L%04d", i), i % 600);
        }
        failedLead("after-window", 24 * 60 + 5);

        List<LeadRow> all = read();
        List<LeadRow> rest = new ArrayList<>();
        try (LeadCursor cursor = data.leadsCreated(from, runAt, all.get(999).key())) {
            cursor.forEachRemaining(rest::add);
        }

        assertThat(all).hasSize(2_500);
        assertThat(all)
                .isSortedAccordingTo(
                        java.util.Comparator.comparing(LeadRow::createdAt)
                                .thenComparing(LeadRow::id));
        assertThat(rest).containsExactlyElementsOf(all.subList(1_000, 2_500));
    }

    @Test
    void aLeadUnchangedSinceTheReadIsRequeuedWithoutASecondRead() {
        failedLead("a", 1);
        LeadRow row = read().get(0);

        assertThat(row.version()).isEqualTo(1_001L);
        assertThat(data.requeue("a", row.version(), runAt, runAt)).isTrue();
        Document a = lead("a");
        assertThat(a.getString("api_status")).isEqualTo("queued");
        assertThat(a.getString("retried_by")).isEqualTo("nightly_verification");
        assertThat(a.get(MongoDeliveryQueue.VERSION_FIELD)).isNotEqualTo(1_001L);
    }

    @Test
    void aLeadAWorkerTookSinceTheReadIsLeftAlone() {
        failedLead("a", 1);
        LeadRow row = read().get(0);
        // staff retried it and a worker claimed it meanwhile
        leads.updateOne(
                Filters.eq("_id", "a"),
                Updates.combine(
                        Updates.set("api_status", "queued"),
                        Updates.set("lease_until", Date.from(runAt.plusSeconds(60))),
                        Updates.set(MongoDeliveryQueue.VERSION_FIELD, 42L)));

        assertThat(data.requeue("a", row.version(), runAt, runAt)).isFalse();
        Document a = lead("a");
        assertThat(a.get(MongoDeliveryQueue.VERSION_FIELD)).isEqualTo(42L);
        assertThat(a.get("retried_by")).isNull();
    }

    @Test
    void aLeadRewrittenButStillRetryableIsReadAgainAndRequeued() {
        failedLead("a", 1);
        LeadRow row = read().get(0);
        leads.updateOne(Filters.eq("_id", "a"), Updates.set(MongoDeliveryQueue.VERSION_FIELD, 42L));

        assertThat(data.requeue("a", row.version(), runAt, runAt)).isTrue();
        assertThat(lead("a").getString("api_status")).isEqualTo("queued");
    }

    @Test
    void aLeadLeasedWhenReadCarriesNoVersion() {
        failedLead("a", 1);
        leads.updateOne(
                Filters.eq("_id", "a"),
                Updates.set("lease_until", Date.from(Instant.now().plusSeconds(300))));

        LeadRow row = read().get(0);

        assertThat(row.version()).isNull();
        assertThat(data.requeue("a", row.version(), runAt, runAt)).isFalse();
        assertThat(lead("a").getString("api_status")).isEqualTo("failed");
    }
}
