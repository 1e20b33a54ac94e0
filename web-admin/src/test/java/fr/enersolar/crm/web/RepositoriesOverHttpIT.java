package fr.enersolar.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.probe.ProbeApplication;
import fr.enersolar.crm.web.probe.RepositoryProbeResource;
import fr.enersolar.crm.web.testing.Deployments;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * web-admin and crm-core deployed as one WAR in Payara Micro (started by the Arquillian adapter),
 * exercised over HTTP only: the health probes, and a test-only JAX-RS resource ({@link
 * RepositoryProbeResource}) that writes and reads through the real repositories on the embedded
 * store.
 */
@ExtendWith(ArquillianExtension.class)
class RepositoriesOverHttpIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Why the application never became ready: the first test waits, the others fail at once. */
    private static AssertionError notReady;

    private static boolean ready;

    @ArquillianResource URL deployed;

    private URI base;

    /** The application's WAR with the probe (see {@link Deployments}). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.crmWar(Map.of(), ProbeApplication.class, RepositoryProbeResource.class);
    }

    @BeforeEach
    void awaitReady() throws Exception {
        // The managed container is always on this machine: talk to the loopback interface, not
        // to the host name or address the adapter read from Payara Micro's banner.
        base =
                new URI(
                        "http",
                        null,
                        "127.0.0.1",
                        deployed.getPort(),
                        deployed.getPath(),
                        null,
                        null);
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

    @Test
    void readinessReportsTheStoreUp() throws Exception {
        HttpResponse<String> ready = get("health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void livenessAnswers() throws Exception {
        HttpResponse<String> live = get("health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void anAccountWrittenIsReadBack() throws Exception {
        String name = "Soleil Énergie " + UUID.randomUUID();
        String crm = UUID.randomUUID().toString();

        HttpResponse<String> created =
                post("probe/accounts?name=" + encode(name) + "&crm=" + encode(crm));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = field(created.body(), "id");

        HttpResponse<String> read = get("probe/accounts/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(field(read.body(), "id")).isEqualTo(id);
        assertThat(field(read.body(), "name")).isEqualTo(name);
        assertThat(field(read.body(), "crmId")).isEqualTo(crm);
    }

    @Test
    void landingPageCodesAreAllocatedInOrderFromOne() throws Exception {
        HttpResponse<String> first = post("probe/lps/next-code");
        HttpResponse<String> second = post("probe/lps/next-code");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(field(first.body(), "code")).isEqualTo("LP-001");
        assertThat(field(second.body(), "code")).isEqualTo("LP-002");
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        HttpResponse<String> read = get("probe/accounts/" + UUID.randomUUID());

        assertThat(read.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI resolve(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A string field of a flat JSON object (the probe's answers need nothing more). */
    private static String field(String json, String name) {
        Matcher m =
                Pattern.compile(
                                "\""
                                        + Pattern.quote(name)
                                        + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                        .matcher(json);
        assertThat(m.find()).as("field %s in %s", name, json).isTrue();
        return m.group(1);
    }
}
