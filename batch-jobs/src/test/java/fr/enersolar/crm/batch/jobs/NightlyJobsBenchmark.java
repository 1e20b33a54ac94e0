package fr.enersolar.crm.batch.jobs;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import fr.enersolar.crm.infrastructure.store.EmbeddedBackend;
import fr.enersolar.crm.infrastructure.store.IndexSpec;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
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
        // -Dbench.keep-store=DIR: the store file is left in DIR under the application's file name
        // (bench/leads-page-benchmark.sh then starts the application on it)
        String keep = System.getProperty("bench.keep-store", "");
        Path dir =
                keep.isEmpty()
                        ? Files.createTempDirectory("nightly-bench")
                        : Files.createDirectories(Path.of(keep));
        Path file = dir.resolve(keep.isEmpty() ? "store.mv" : "enersolar-store.mv.db");
        // The seeding store: a large page cache and one commit per chunk (with the defaults, a
        // 16 MB cache and a background commit every second, seeding slowed to a few hundred
        // leads/s past 50,000 leads)
        MongoBackend seeded =
                "memory".equals(backend)
                        ? new MemoryBackend()
                        : EmbeddedBackend.openForBulkLoad(
                                file, Integer.getInteger("bench.seed-cache-mb", 2048));
        Instant runAt = Instant.parse("2026-12-01T03:00:00Z");
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        long seedStart = System.nanoTime();
        // The application's indexes first, on the empty collection, as the application creates
        // them at its first start (StoreIndexes); the seed then maintains them lead by lead (built
        // afterwards over 1,000,000 leads, the unique one took over ten minutes)
        MongoServer indexer = new MongoServer(seeded);
        try (MongoClient client = MongoClients.create(indexer.bindAndGetConnectionString())) {
            MongoDatabase db = client.getDatabase(DATABASE);
            db.getCollection("accounts")
                    .insertMany(
                            List.of(
                                    new Document("_id", ACCOUNTS[0]).append("crm_id", CRMS[0]),
                                    new Document("_id", ACCOUNTS[1]).append("crm_id", CRMS[1])));
            for (IndexSpec spec : StoreIndexes.kept(true)) {
                if (spec.collection().equals("leads")) {
                    db.getCollection("leads")
                            .createIndex(
                                    spec.keys(),
                                    new IndexOptions().name(spec.name()).unique(spec.unique()));
                }
            }
        }
        indexer.stopListening();
        seed(seeded, leads, from, runAt);
        MongoBackend store = seeded;
        if (seeded instanceof EmbeddedBackend h2) {
            // The server then opens the file as the application opens its store at start (the
            // MVStore that took the bulk writes once lost a chunk when the server wrote next).
            h2.close();
            store = EmbeddedBackend.open(file, 128); // the application's default page cache
        }
        long seedMs = (System.nanoTime() - seedStart) / 1_000_000;
        System.out.printf(
                "seeded %,d leads with the application's indexes in %,d ms, file closed and"
                        + " reopened (%s backend)%n",
                leads, seedMs, backend);
        MongoServer server = new MongoServer(store);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase db = client.getDatabase(DATABASE);
            JobsHarness.use(db);

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
            if (scanned != leads) { // the seeded documents must read back as the driver's leads
                throw new AssertionError("raw scan read " + scanned + " of " + leads + " leads");
            }
            System.out.printf(
                    "raw scan: %,d leads in %,d ms (%,.0f leads/s)%n",
                    scanned, scanMs, scanned * 1000.0 / Math.max(1, scanMs));

            // The leads table's queries (MongoLeadListing): the first page, newest first, and a
            // filtered page, each with its capped count
            tablePage(db, "first page", new Document());
            tablePage(
                    db,
                    "filtered page (failed PV leads)",
                    new Document("api_status", "failed").append("product_type", "PV"));

            // -Dbench.jobs=billing-rollup times one job only (both by default)
            List<String> jobs =
                    List.of(
                            System.getProperty("bench.jobs", "nightly-verification,billing-rollup")
                                    .split(","));
            if (jobs.contains("nightly-verification")) {
                // First as the timer runs it every night: the 24 hours before the run (SPEC-seed
                // §11), over the whole store; then the worst case, a window of the whole month.
                Properties day = new Properties();
                day.setProperty("run_at", runAt.toString());
                day.setProperty("from", runAt.minus(Duration.ofHours(24)).toString());
                day.setProperty("to", runAt.toString());
                time("nightly-verification", day, leads, "the scheduled 24-hour window");
                Properties verification = new Properties();
                verification.setProperty("run_at", runAt.plusSeconds(60).toString());
                verification.setProperty("from", from.toString());
                verification.setProperty("to", runAt.toString());
                time("nightly-verification", verification, leads, "a window of the whole month");
            }
            if (jobs.contains("billing-rollup")) {
                Properties billing = new Properties();
                billing.setProperty("run_at", runAt.toString());
                billing.setProperty("period", "2026-11");
                time("billing-rollup", billing, leads, "the month");
            }
        } finally {
            server.shutdownNow();
            store.close();
            if (!keep.isEmpty()) {
                return;
            }
            try (var files = Files.walk(dir)) { // the store file: close to a gigabyte per run
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** One page of 50 rows of the leads table and its count (capped at 100,000), timed. */
    private static void tablePage(MongoDatabase db, String what, Document filter) {
        long t0 = System.nanoTime();
        List<Document> rows =
                db.getCollection("leads")
                        .find(filter)
                        .projection(
                                Projections.include(
                                        fr.enersolar.crm.infrastructure.persistence.mongo
                                                .MongoLeadListing.FIELDS))
                        .sort(com.mongodb.client.model.Sorts.descending("created_at", "_id"))
                        .limit(50)
                        .into(new java.util.ArrayList<>());
        long count =
                db.getCollection("leads")
                        .countDocuments(
                                filter, new com.mongodb.client.model.CountOptions().limit(100_000));
        System.out.printf(
                "leads table, %s: %d rows of %,d in %,d ms%n",
                what, rows.size(), count, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void time(String job, Properties parameters, int leads, String window) {
        long t0 = System.nanoTime();
        long execution = JobsHarness.run(job, parameters, Duration.ofMinutes(30));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        var e = BatchRuntime.getJobOperator().getJobExecution(execution);
        if (e.getBatchStatus() != BatchStatus.COMPLETED) {
            throw new AssertionError(job + " ended " + e.getBatchStatus());
        }
        System.out.printf(
                "%s (%s): %s in %,d ms, %,d leads stored; %s%n",
                job,
                window,
                e.getBatchStatus(),
                ms,
                leads,
                BatchRuntime.getJobOperator().getStepExecutions(execution).get(0).getExitStatus());
    }

    /**
     * One month of leads: 70% delivered (a third of them cross-CRM, prices frozen), 10% failed (a
     * tenth of those refused as a partner duplicate, the others retryable), the rest pending; the
     * verification window is the whole month here, so both jobs read every lead.
     *
     * <p>The leads are written straight into the backend, in this JVM, before the wire server
     * starts: no driver encoding, no wire, no per-message decoding (through the wire, 10,000-lead
     * {@code insertMany} batches seeded about 400 leads/s). They are generated lazily, in chunks of
     * {@link #CHUNK}, each committed to the file, so memory stays bounded whatever the count. The
     * jobs and the raw scan then read them through the wire as the application does.
     */
    private static long seed(MongoBackend backend, int count, Instant from, Instant to) {
        long t0 = System.nanoTime();
        de.bwaldvogel.mongo.MongoCollection<?> leads =
                backend.resolveDatabase(DATABASE).resolveCollection("leads", true);
        long span = Duration.between(from, to).toMillis();
        for (int start = 0; start < count; start += CHUNK) {
            int first = start;
            leads.addDocuments(
                    IntStream.range(first, Math.min(count, first + CHUNK))
                            .mapToObj(i -> lead(i, count, from, span)));
            if (backend instanceof EmbeddedBackend h2) {
                h2.commit();
            }
            if ((start / CHUNK) % 4 == 3) {
                System.out.printf(
                        "seeded %,d leads in %,d ms%n",
                        start + CHUNK, (System.nanoTime() - t0) / 1_000_000);
            }
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static final int CHUNK = 50_000;
    private static final java.util.Random RANDOM_TOKENS = new java.util.Random();

    /** The database seeded ({@code -Dbench.database}, the application's name by default). */
    private static final String DATABASE = System.getProperty("bench.database", "enersolar");

    private static final String[] CRMS = {
        UUID.randomUUID().toString(), UUID.randomUUID().toString()
    };
    private static final String[] ACCOUNTS = {
        UUID.randomUUID().toString(), UUID.randomUUID().toString()
    };
    private static final String[] PRODUCTS = {"PV", "PAC", "ITE"};

    /** Lead {@code i} of {@code count}, in the store's own document type (dates as instants). */
    private static de.bwaldvogel.mongo.bson.Document lead(
            int i, int count, Instant from, long span) {
        int a = i % 2;
        boolean cross = i % 3 == 0;
        int kind = i % 10;
        String status = kind < 7 ? "success" : kind < 8 ? "failed" : "pending";
        String response =
                switch (status) {
                    case "success" -> "201 Lead créé";
                    case "failed" -> i % 100 == 7 ? "200 Lead en doublon" : "HTTP 503";
                    default -> "";
                };
        Instant created = Instant.ofEpochMilli(from.toEpochMilli() + (long) i * span / count);
        de.bwaldvogel.mongo.bson.Document lead =
                new de.bwaldvogel.mongo.bson.Document(
                        "_id",
                        fr.enersolar.crm.domain.model.shared.Identifier.generateTimeOrdered());
        lead.put("created_at", created);
        lead.put("write_token", RANDOM_TOKENS.nextLong()); // as intake stores every lead
        lead.put("account_id", ACCOUNTS[a]);
        lead.put("target_crm_id", cross ? CRMS[1 - a] : CRMS[a]);
        lead.put("cross_crm", cross);
        lead.put("status", "pending");
        lead.put("api_status", status);
        lead.put("api_response", response);
        lead.put("product_type", PRODUCTS[i % 3]);
        lead.put("departement", String.format("%02d", 1 + i % 95));
        lead.put("prix_unitaire", 2_000L + 500L * (i % 3));
        lead.put("phone", "06" + String.format("%08d", i));
        lead.put("nom", "Lead " + i);
        lead.put("delivery_attempts", "pending".equals(status) ? 0 : 1);
        lead.put(
                "timeline",
                new ArrayList<>(
                        List.of(
                                new de.bwaldvogel.mongo.bson.Document("type", "received")
                                        .append("at", created))));
        return lead;
    }
}
