import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The raw MongoDB-driver reference of bench/intake-benchmark.sh: {@code insertOne} of lead-shaped
 * documents into {@code bench_raw}, from N threads sharing one client, for a fixed time after a
 * short warm-up. Run with the JDK's source launcher:
 *
 * <pre>java -cp &lt;mongodb-driver-sync, -core, bson jars&gt; bench/RawInsert.java URI DB THREADS WARMUP_S DURATION_S</pre>
 *
 * The template is a copy of a real lead from {@code leads} (so size and shape match what intake
 * writes), with a new {@code _id} and phone on every insert; without any lead, a synthetic one.
 * Prints one line: {@code RESULT requests=… seconds=… rps=… p50_ms=… p99_ms=… errors=…}.
 */
public class RawInsert {

    public static void main(String[] args) throws Exception {
        String uri = args.length > 0 ? args[0] : "mongodb://127.0.0.1:27017";
        String dbName = args.length > 1 ? args[1] : "enersolar";
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        int duration = args.length > 4 ? Integer.parseInt(args[4]) : 30;

        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(dbName);
            Document template = db.getCollection("leads").find().first();
            if (template == null) {
                template = syntheticLead();
                System.err.println("No lead in " + dbName + ".leads: synthetic template.");
            }
            template.remove("_id");
            System.err.printf(
                    "Template: %d bytes as JSON, %d top-level fields.%n",
                    template.toJson().length(), template.size());
            MongoCollection<Document> raw = db.getCollection("bench_raw");

            run(raw, template, threads, warmup, 1, null);
            long[][] latencies = new long[threads][];
            long[] counts = new long[threads];
            long started = System.nanoTime();
            long errors = run(raw, template, threads, duration, 2, new Object[] {latencies, counts});
            double seconds = (System.nanoTime() - started) / 1e9;

            long total = Arrays.stream(counts).sum();
            long[] all = new long[(int) total];
            int at = 0;
            for (int t = 0; t < threads; t++) {
                System.arraycopy(latencies[t], 0, all, at, (int) counts[t]);
                at += (int) counts[t];
            }
            Arrays.sort(all);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f"
                            + " max_ms=%.2f errors=%d%n",
                    total,
                    seconds,
                    total / seconds,
                    percentile(all, 50),
                    percentile(all, 90),
                    percentile(all, 99),
                    all.length == 0 ? 0.0 : all[all.length - 1] / 1e6,
                    errors);
        }
    }

    /** Inserts from every thread until the deadline; returns the number of failed inserts. */
    private static long run(
            MongoCollection<Document> raw,
            Document template,
            int threads,
            int seconds,
            int phase,
            Object[] record)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker =
                    new Thread(
                            () -> {
                                long[] lat = new long[1 << 16];
                                int n = 0;
                                try {
                                    while (System.nanoTime() < deadline) {
                                        Document doc = new Document(template);
                                        doc.put("_id", new ObjectId().toHexString());
                                        doc.put("phone", String.format("07%d%02d%05d", phase, thread, n % 100000));
                                        doc.put("created_at", new Date());
                                        long t0 = System.nanoTime();
                                        try {
                                            raw.insertOne(doc);
                                        } catch (RuntimeException e) {
                                            errors.incrementAndGet();
                                            continue;
                                        }
                                        if (n == lat.length) {
                                            lat = Arrays.copyOf(lat, n * 2);
                                        }
                                        lat[n++] = System.nanoTime() - t0;
                                    }
                                } finally {
                                    if (record != null) {
                                        ((long[][]) record[0])[thread] = lat;
                                        ((long[]) record[1])[thread] = n;
                                    }
                                    finished.countDown();
                                }
                            },
                            "insert-" + t);
            worker.start();
        }
        finished.await();
        return errors.get();
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static Document syntheticLead() {
        Date now = new Date();
        return new Document("status", "pending")
                .append(
                        "prospect",
                        new Document("phone", "0612345678")
                                .append("phoneE164", "+33612345678")
                                .append("nom", "Bench")
                                .append("codePostal", "75011")
                                .append("departement", "75"))
                .append("attribution", new Document("utmSource", "bench").append("source", "bench"))
                .append("form_code", "PV-001")
                .append("productType", "PV")
                .append("created_at", now)
                .append(
                        "timeline",
                        Arrays.asList(
                                new Document("at", now).append("kind", "received").append("text", "Reçu"),
                                new Document("at", now).append("kind", "validated").append("text", "OK")));
    }
}
