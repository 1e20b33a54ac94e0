package fr.enersolar.crm.batch.jobs;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.batch.runtime.BatchRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Not a test (its name keeps it out of {@code mvn verify}): seeds {@code bench.leads} leads
 * (default 1,000,000) in the embedded store (mongo-java-server, H2 backend as the application runs
 * it, or {@code -Dbench.backend=memory}), then times, in the same run, the store's raw scan of the
 * window and both jobs over it. Run by {@code bench/nightly-benchmark.sh}.
 */
class NightlyJobsBenchmark {

    @Test
    void run() throws Exception {
        int leads = Integer.getInteger("bench.leads", 1_000_000);
        String backend = System.getProperty("bench.backend", "h2");
        Path dir = Files.createTempDirectory("nightly-bench");
        MongoServer server =
                new MongoServer(
                        "memory".equals(backend)
                                ? new MemoryBackend()
                                : new H2Backend(dir.resolve("store.mv").toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase db = client.getDatabase("bench");
            JobsHarness.use(db);
            Instant runAt = Instant.parse("2026-12-01T03:00:00Z");
            Instant from = Instant.parse("2026-11-01T00:00:00Z");
            long seedMs = seed(db, leads, from, runAt);
            System.out.printf("seeded %,d leads in %,d ms (%s backend)%n", leads, seedMs, backend);

            long t0 = System.nanoTime();
            long scanned = 0;
            for (Document d :
                    db.getCollection("leads")
                            .find(
                                    Filters.and(
                                            Filters.gte("created_at", Date.from(from)),
                                            Filters.lt("created_at", Date.from(runAt))))
                            .projection(Projections.include("api_status", "created_at"))
                            .batchSize(10_000)) {
                scanned++;
            }
            long scanMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(
                    "raw scan: %,d leads in %,d ms (%,.0f leads/s)%n",
                    scanned, scanMs, scanned * 1000.0 / Math.max(1, scanMs));

            Properties verification = new Properties();
            verification.setProperty("run_at", runAt.toString());
            verification.setProperty("from", from.toString());
            verification.setProperty("to", runAt.toString());
            time("nightly-verification", verification, leads);

            Properties billing = new Properties();
            billing.setProperty("run_at", runAt.toString());
            billing.setProperty("period", "2026-11");
            time("billing-rollup", billing, leads);
        } finally {
            server.shutdownNow();
        }
    }

    private static void time(String job, Properties parameters, int leads) {
        long t0 = System.nanoTime();
        long execution = JobsHarness.run(job, parameters, Duration.ofMinutes(30));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        var e = BatchRuntime.getJobOperator().getJobExecution(execution);
        System.out.printf(
                "%s: %s in %,d ms (%,.0f leads/s over the %,d seeded) %s%n",
                job,
                e.getBatchStatus(),
                ms,
                leads * 1000.0 / Math.max(1, ms),
                leads,
                BatchRuntime.getJobOperator().getStepExecutions(execution).get(0).getExitStatus());
    }

    /**
     * One month of leads: 70% delivered (a third of them cross-CRM), 10% failed, the rest pending;
     * the verification window is the whole month here, so both jobs read every lead.
     */
    private static long seed(MongoDatabase db, int count, Instant from, Instant to) {
        long t0 = System.nanoTime();
        String[] crms = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        String[] accounts = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        db.getCollection("accounts")
                .insertMany(
                        List.of(
                                new Document("_id", accounts[0]).append("crm_id", crms[0]),
                                new Document("_id", accounts[1]).append("crm_id", crms[1])));
        MongoCollection<Document> leads = db.getCollection("leads");
        leads.createIndex(Indexes.ascending("created_at", "_id"));
        long span = Duration.between(from, to).toMillis();
        List<Document> batch = new ArrayList<>(10_000);
        String[] products = {"PV", "PAC", "ITE"};
        for (int i = 0; i < count; i++) {
            int a = i % 2;
            boolean cross = i % 3 == 0;
            int kind = i % 10;
            String status = kind < 7 ? "success" : kind < 8 ? "failed" : "pending";
            batch.add(
                    new Document("_id", UUID.randomUUID().toString())
                            .append(
                                    "created_at",
                                    new Date(from.toEpochMilli() + (long) i * span / count))
                            .append("account_id", accounts[a])
                            .append("target_crm_id", cross ? crms[1 - a] : crms[a])
                            .append("cross_crm", cross)
                            .append("api_status", status)
                            .append("api_response", "HTTP 503")
                            .append("product_type", products[i % 3])
                            .append("departement", String.format("%02d", 1 + i % 95))
                            .append("prix_unitaire", 2_000L + 500L * (i % 3))
                            .append("phone", "06" + String.format("%08d", i))
                            .append("timeline", new ArrayList<>()));
            if (batch.size() == 10_000) {
                leads.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            leads.insertMany(batch);
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
