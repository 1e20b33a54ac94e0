package fr.enersolar.crm.web.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Real HTTP to the deployed application, on the loopback interface. */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    private Http(URI base) {
        this.base = base;
    }

    /**
     * The managed container is always on this machine: talk to the loopback interface, not to the
     * host name or address the adapter read from Payara Micro's banner.
     */
    public static Http to(URL deployed) {
        try {
            return new Http(
                    new URI(
                            "http",
                            null,
                            "127.0.0.1",
                            deployed.getPort(),
                            deployed.getPath(),
                            null,
                            null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public URI uri(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    /** POSTs {@code body} with the given headers (a JSON content type unless one is given). */
    public HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Content-Type"))) {
            request.header("Content-Type", "application/json");
        }
        return send(request, headers);
    }

    private static HttpResponse<String> send(
            HttpRequest.Builder request, Map<String, String> headers)
            throws IOException, InterruptedException {
        headers.forEach(request::header);
        return CLIENT.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Polls {@code /health/ready} until it answers 200.
     *
     * @throws AssertionError when it does not within {@code within}
     */
    public void awaitReady(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get("health/ready");
                if (last.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200); // a poll interval under a deadline, not a synchronisation
        }
        throw new AssertionError(
                "/health/ready did not answer 200 within "
                        + within
                        + (last == null ? "" : "; last: " + last.statusCode() + " " + last.body()));
    }
}
