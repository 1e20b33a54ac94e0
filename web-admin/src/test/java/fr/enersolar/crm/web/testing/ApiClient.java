package fr.enersolar.crm.web.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Plain HTTP to the deployed application, from the test JVM: the loopback address, never the host
 * name the adapter read from Payara Micro's banner. One per test class; {@link #awaitReady()} waits
 * once for {@code /health/ready}, and fails the later tests at once if it never came.
 */
public final class ApiClient {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final URI base;
    private boolean ready;
    private AssertionError notReady;

    public ApiClient(URL deployed) {
        String path =
                deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        this.base = URI.create("http://127.0.0.1:" + deployed.getPort() + path);
    }

    /** Waits until the application says it is ready (the store answers, indexes exist). */
    public synchronized void awaitReady() throws InterruptedException {
        if (ready) {
            return;
        }
        if (notReady != null) {
            throw notReady;
        }
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get("health/ready");
                if (last.statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.NANOSECONDS.sleep(POLL_INTERVAL.toNanos());
        }
        notReady =
                new AssertionError(
                        "/health/ready did not answer 200 within "
                                + READY_WITHIN
                                + (last == null
                                        ? ""
                                        : "; last: " + last.statusCode() + " " + last.body()));
        throw notReady;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    public HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** POSTs {@code body} as it is, with this content type. */
    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(resolve(path))
                        .header("Content-Type", contentType)
                        .header("User-Agent", "ApiClient/1.0 (integration test)")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * POSTs {@code body} with these headers; a JSON content type unless the headers name another (a
     * header may be given once only).
     */
    public HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * Any method with an optional JSON body ({@code null} = none) and these headers; the admin API
     * tests go through it with a bearer token (see {@link #as(String)}).
     */
    public HttpResponse<String> send(
            String method, String path, String jsonBody, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(resolve(path))
                        .method(
                                method,
                                jsonBody == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(
                                                jsonBody, StandardCharsets.UTF_8));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        boolean acceptGiven = headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Accept"));
        return acceptGiven ? sendAsIs(request) : send(request);
    }

    private HttpResponse<String> sendAsIs(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The same client, sending {@code Authorization: Bearer <token>} with every call. */
    public Staff as(String token) {
        return new Staff(token);
    }

    /** Calls made as one logged-in staff member. */
    public final class Staff {
        private final Map<String, String> headers;

        private Staff(String token) {
            this.headers = Map.of("Authorization", "Bearer " + token);
        }

        /** The value of the {@code Authorization} header this staff member sends. */
        public String authorization() {
            return headers.get("Authorization");
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send("GET", path, null, headers);
        }

        public HttpResponse<String> post(String path, String json)
                throws IOException, InterruptedException {
            return send("POST", path, json, headers);
        }

        /** A GET that also accepts {@code mediaType} (a CSV or PDF download). */
        public HttpResponse<String> download(String path, String mediaType)
                throws IOException, InterruptedException {
            Map<String, String> with = new java.util.HashMap<>(headers);
            with.put("Accept", mediaType);
            return send("GET", path, null, with);
        }

        public HttpResponse<String> put(String path, String json)
                throws IOException, InterruptedException {
            return send("PUT", path, json, headers);
        }

        public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
            return send("DELETE", path, null, headers);
        }

        public HttpResponse<String> call(String method, String path, String json)
                throws IOException, InterruptedException {
            return send(method, path, json, headers);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return http.send(
                request.timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI resolve(String path) {
        return base.resolve(path);
    }
}
