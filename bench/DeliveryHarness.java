import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delivery benchmark's and the crash test's tools (JDK only, run with {@code java
 * bench/DeliveryHarness.java <command> ...}); bench/delivery-benchmark.sh drives them.
 *
 * <pre>
 * stub PORT DELAY_MS              a partner speaking the create_lead contract: every POST is recorded
 *                                 (phone, arrival time), answered 201 after DELAY_MS; GET /stats gives
 *                                 "received distinct", GET /dump one "phone epochMillis" line per POST
 * load BASE KEY FORM PREFIX COUNT CONCURRENCY RATE OUT
 *                                 submits COUNT leads (phone PREFIX + 6 digits) to POST /api/v1/leads,
 *                                 RATE per second (0: as fast as CONCURRENCY connections go); writes
 *                                 "phone status leadId ackEpochMillis" per lead to OUT
 * check STUB_DUMP OUT...          joins the acknowledged leads of the OUT files with what the stub
 *                                 received: missing, sent twice, first-attempt latency p50/p99 and the
 *                                 delivery rate
 * </pre>
 */
public class DeliveryHarness {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "stub" -> stub(Integer.parseInt(args[1]), Long.parseLong(args[2]));
            case "load" ->
                    load(
                            args[1],
                            args[2],
                            args[3],
                            args[4],
                            Integer.parseInt(args[5]),
                            Integer.parseInt(args[6]),
                            Integer.parseInt(args[7]),
                            Path.of(args[8]));
            case "check" -> check(Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        if (!args[0].equals("stub")) {
            System.exit(0); // the HTTP client's pool threads would keep the JVM alive
        }
    }

    // --- the stub partner ------------------------------------------------------------------------

    private static final Pattern PHONE = Pattern.compile("\"phone\"\\s*:\\s*\"(\\+?\\d+)\"");

    static void stub(int port, long delayMs) throws IOException {
        // Without it, the JDK server's two writes per answer (headers, body) meet the client's
        // delayed ACK: 40 ms more per request than the partner's own time.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ConcurrentLinkedQueue<String> arrivals = new ConcurrentLinkedQueue<>();
        Set<String> distinct = ConcurrentHashMap.newKeySet();
        AtomicLong received = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.setExecutor(Executors.newFixedThreadPool(256));
        server.createContext(
                "/",
                exchange -> {
                    try (exchange) {
                        String method = exchange.getRequestMethod();
                        String path = exchange.getRequestURI().getPath();
                        if (method.equals("GET") && path.equals("/stats")) {
                            answer(exchange, 200, received.get() + " " + distinct.size());
                            return;
                        }
                        if (method.equals("GET") && path.equals("/dump")) {
                            StringBuilder out = new StringBuilder();
                            arrivals.forEach(a -> out.append(a).append('\n'));
                            answer(exchange, 200, out.toString());
                            return;
                        }
                        long at = System.currentTimeMillis();
                        String body = read(exchange.getRequestBody());
                        Matcher m = PHONE.matcher(body);
                        String phone = m.find() ? m.group(1) : "?";
                        arrivals.add(phone + " " + at);
                        distinct.add(phone);
                        long n = received.incrementAndGet();
                        // The partner's own processing time, as the benchmark specifies it.
                        LockSupport.parkNanos(delayMs * 1_000_000L);
                        answer(
                                exchange,
                                201,
                                "{\"id\":\"STUB-" + n + "\",\"message\":\"Lead créé\"}");
                    } catch (RuntimeException e) {
                        e.printStackTrace();
                    }
                });
        server.start();
        System.out.println("stub partner on " + port + ", answering in " + delayMs + " ms");
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // --- the load -------------------------------------------------------------------------------

    static void load(
            String base,
            String key,
            String form,
            String prefix,
            int count,
            int concurrency,
            int rate,
            Path out)
            throws Exception {
        HttpClient client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .executor(Executors.newFixedThreadPool(Math.max(4, concurrency)))
                        .build();
        URI uri = URI.create(base + "/api/v1/leads");
        String[] lines = new String[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        long start = System.nanoTime();
        if (rate > 0) {
            // Open loop: request i leaves at start + i / rate, whatever the answers do.
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait); // pacing the open-loop generator
                }
                int index = i;
                String phone = phone(prefix, i);
                sent.add(
                        client.sendAsync(request(uri, key, form, phone), HttpResponse.BodyHandlers.ofString())
                                .handle(
                                        (r, e) -> {
                                            lines[index] = line(phone, r, e, acknowledged);
                                            return null;
                                        }));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        } else {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                Thread thread =
                        new Thread(
                                () -> {
                                    int i;
                                    while ((i = next.getAndIncrement()) < count) {
                                        String phone = phone(prefix, i);
                                        HttpResponse<String> r = null;
                                        Throwable e = null;
                                        try {
                                            r =
                                                    client.send(
                                                            request(uri, key, form, phone),
                                                            HttpResponse.BodyHandlers.ofString());
                                        } catch (Exception x) {
                                            e = x;
                                        }
                                        lines[i] = line(phone, r, e, acknowledged);
                                    }
                                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (String l : lines) {
                w.println(l);
            }
        }
        System.out.printf(
                "load: %d sent, %d acknowledged in %.1f s (%.0f/s)%n",
                count, acknowledged.get(), seconds, count / seconds);
    }

    /** A valid, distinct French mobile number: 06, the 2-digit prefix, a 6-digit counter. */
    static String phone(String prefix, int i) {
        return "06" + prefix + String.format("%06d", 100000 + i);
    }

    private static HttpRequest request(URI uri, String key, String form, String phone) {
        String body =
                "{\"form_id\":\""
                        + form
                        + "\",\"phone\":\""
                        + phone
                        + "\",\"nom\":\"Bench\",\"code_postal\":\"75011\",\"utm_source\":\"bench\"}";
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Token " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static final Pattern LEAD_ID = Pattern.compile("\"lead_id\"\\s*:\\s*\"([^\"]+)\"");

    private static String line(
            String phone, HttpResponse<String> r, Throwable e, AtomicInteger acknowledged) {
        long at = System.currentTimeMillis();
        if (r == null) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return phone + " ERR - " + at + " " + cause.getClass().getSimpleName();
        }
        Matcher m = LEAD_ID.matcher(r.body());
        String id = m.find() ? m.group(1) : "-";
        if (r.statusCode() / 100 == 2 && !id.equals("-")) {
            acknowledged.incrementAndGet();
        }
        return phone + " " + r.statusCode() + " " + id + " " + at;
    }

    // --- the check -------------------------------------------------------------------------------

    static void check(Path dump, String[] outs) throws IOException {
        Map<String, List<Long>> received = new HashMap<>();
        for (String l : Files.readAllLines(dump)) {
            if (l.isBlank()) {
                continue;
            }
            String[] f = l.split(" ");
            received.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Long.parseLong(f[1]));
        }
        Map<String, Long> acked = new HashMap<>();
        int unacknowledged = 0;
        for (String out : outs) {
            for (String l : Files.readAllLines(Path.of(out))) {
                String[] f = l.split(" ");
                if (f[1].startsWith("2") && !f[2].equals("-")) {
                    acked.putIfAbsent(f[0], Long.parseLong(f[3]));
                } else {
                    unacknowledged++;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        for (Map.Entry<String, Long> a : acked.entrySet()) {
            List<Long> at = received.get(a.getKey());
            if (at == null) {
                missing.add(a.getKey());
                continue;
            }
            if (at.size() > 1) {
                twice.add(a.getKey() + "×" + at.size());
            }
            latencies.add(Collections.min(at) - a.getValue());
        }
        Set<String> unexpected = new HashSet<>(received.keySet());
        unexpected.removeAll(acked.keySet());
        Collections.sort(latencies);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long posts = 0;
        for (List<Long> at : received.values()) {
            for (long t : at) {
                first = Math.min(first, t);
                last = Math.max(last, t);
                posts++;
            }
        }
        double span = Math.max(1, last - first) / 1000.0;
        System.out.printf(
                "acknowledged %d (not acknowledged %d); stub received %d POSTs for %d leads%n",
                acked.size(), unacknowledged, posts, received.size());
        System.out.printf(
                "missing %d; delivered more than once %d%s; received but never acknowledged %d%n",
                missing.size(),
                twice.size(),
                twice.isEmpty() ? "" : " " + twice.subList(0, Math.min(10, twice.size())),
                unexpected.size());
        if (!latencies.isEmpty()) {
            System.out.printf(
                    "acknowledgement -> first attempt at the partner: p50 %d ms, p99 %d ms, max %d ms%n",
                    latencies.get(latencies.size() / 2),
                    latencies.get((int) Math.min(latencies.size() - 1, Math.ceil(latencies.size() * 0.99) - 1)),
                    latencies.get(latencies.size() - 1));
        }
        System.out.printf(
                "deliveries: %d in %.1f s from first to last = %.0f/s%n", posts, span, posts / span);
        System.out.println(
                "RESULT missing="
                        + missing.size()
                        + " twice="
                        + twice.size()
                        + " acknowledged="
                        + acked.size());
    }
}
