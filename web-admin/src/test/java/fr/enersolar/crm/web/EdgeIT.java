package fr.enersolar.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.edgetest.EchoResource;
import fr.enersolar.crm.web.edgetest.EdgeTestApplication;
import fr.enersolar.crm.web.testing.Deployments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The edge of {@code /api} over real HTTP in Payara Micro: CORS, rate limits, the body-size limit
 * and the JSON error bodies. Intake-group behaviour is exercised on a test-only resource under
 * {@code /api/v1/edge-test} ({@link EdgeTestApplication}, registered with the real providers), the
 * public group on the real {@code /api/health}, the admin group on paths no resource serves.
 *
 * <p>The loopback address is a trusted proxy here, so each test sends its own made-up client
 * address in {@code X-Forwarded-For} and spends its own rate-limit buckets: the tests stand alone
 * in any order.
 */
@ExtendWith(ArquillianExtension.class)
class EdgeIT {

    private static final int INTAKE_PER_MINUTE = 5;
    private static final String ADMIN_ORIGIN = "https://admin.enersolar.example";
    private static final String LANDING_PAGE = "https://www.solaire-client.example";

    /**
     * HTTP/1.1: over cleartext HTTP/2 (h2c) the JDK client waits for flow-control credit to finish
     * sending a body the server already refused with 413, and times out.
     */
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    @ArquillianResource URL deployed;

    private URI base;

    /** A client address of this test only. */
    private final String clientIp =
            "198.51."
                    + ThreadLocalRandom.current().nextInt(256)
                    + "."
                    + ThreadLocalRandom.current().nextInt(1, 255);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.crmWar(
                Map.of(
                        "crm.trusted-proxies",
                        "127.0.0.1,::1",
                        "crm.admin.origins",
                        ADMIN_ORIGIN,
                        "crm.rate-limit.intake-per-minute",
                        String.valueOf(INTAKE_PER_MINUTE),
                        "crm.rate-limit.public-per-minute",
                        "1000"),
                EdgeTestApplication.class,
                EchoResource.class,
                EchoResource.Body.class);
    }

    @BeforeEach
    void loopback() throws Exception {
        // The managed container is on this machine: the loopback interface, a trusted proxy here.
        base =
                new URI(
                        "http",
                        null,
                        "127.0.0.1",
                        deployed.getPort(),
                        deployed.getPath(),
                        null,
                        null);
    }

    @Test
    void aPublicAnswerAllowsAnyOriginAndNeverCredentials() throws Exception {
        HttpResponse<String> echo =
                send(
                        post("api/v1/edge-test/echo", json("{\"nom\":\"Dupont\"}"))
                                .header("Origin", LANDING_PAGE));

        assertThat(echo.statusCode()).as(echo.body()).isEqualTo(200);
        assertThat(header(echo, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(echo.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(header(echo, "Access-Control-Expose-Headers")).contains("Retry-After");
    }

    @Test
    void theRealHealthEndpointIsPublicToo() throws Exception {
        HttpResponse<String> health = send(get("api/health").header("Origin", LANDING_PAGE));

        assertThat(header(health, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(health.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPreflightOnAPublicPathIsAnsweredWith204() throws Exception {
        HttpResponse<String> preflight =
                send(
                        options("api/v1/edge-test/echo")
                                .header("Origin", LANDING_PAGE)
                                .header("Access-Control-Request-Method", "POST")
                                .header(
                                        "Access-Control-Request-Headers",
                                        "authorization, content-type"));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("POST");
        assertThat(header(preflight, "Access-Control-Allow-Headers"))
                .contains("authorization", "content-type");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).isPresent();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void theAdminApiRefusesAnUnknownOrigin() throws Exception {
        HttpResponse<String> preflight =
                send(
                        options("api/leads")
                                .header("Origin", LANDING_PAGE)
                                .header("Access-Control-Request-Method", "GET"));
        HttpResponse<String> request = send(get("api/leads").header("Origin", LANDING_PAGE));

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(request.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(header(request, "Vary")).contains("Origin");
    }

    @Test
    void theAdminApiAllowsAConfiguredOriginWithoutCredentials() throws Exception {
        HttpResponse<String> preflight =
                send(
                        options("api/leads")
                                .header("Origin", ADMIN_ORIGIN)
                                .header("Access-Control-Request-Method", "DELETE")
                                .header("Access-Control-Request-Headers", "authorization"));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(ADMIN_ORIGIN);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("DELETE");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void intakeAnswers429WithRetryAfterOnceTheAllowanceIsSpent() throws Exception {
        for (int i = 0; i < INTAKE_PER_MINUTE; i++) {
            HttpResponse<String> ok = send(post("api/v1/edge-test/echo", json("{\"nom\":\"A\"}")));
            assertThat(ok.statusCode()).as("request %d: %s", i, ok.body()).isEqualTo(200);
        }

        HttpResponse<String> limited =
                send(
                        post("api/v1/edge-test/echo", json("{\"nom\":\"A\"}"))
                                .header("Origin", LANDING_PAGE));

        assertThat(limited.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(header(limited, "Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(limited.body())
                .contains("\"detail\":\"Trop de requêtes\"")
                .contains("\"retry_after\":" + retryAfter);
        assertThat(header(limited, "Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void eachClientAndEachGroupHasItsOwnAllowance() throws Exception {
        for (int i = 0; i <= INTAKE_PER_MINUTE; i++) {
            send(post("api/v1/edge-test/echo", json("{\"nom\":\"A\"}")));
        }

        HttpResponse<String> otherClient =
                send(
                        post("api/v1/edge-test/echo", json("{\"nom\":\"A\"}"))
                                .setHeader("X-Forwarded-For", "203.0.113.77, " + "192.0.2.1"));
        HttpResponse<String> publicGroup = send(get("api/health"));

        assertThat(otherClient.statusCode()).isEqualTo(200);
        assertThat(publicGroup.statusCode()).isNotEqualTo(429);
    }

    @Test
    void theClientAddressComesFromTheTrustedProxysHeader() throws Exception {
        HttpResponse<String> echo =
                send(
                        post("api/v1/edge-test/echo", json("{\"nom\":\"A\"}"))
                                .setHeader("X-Forwarded-For", "10.9.9.9, 203.0.113.5"));

        assertThat(echo.body()).contains("\"ip\":\"203.0.113.5\"");
    }

    @Test
    void aBodyOver64KiBIsRefusedWith413() throws Exception {
        String big = "{\"nom\":\"" + "x".repeat(70 * 1024) + "\"}";

        HttpResponse<String> declared = send(post("api/v1/edge-test/echo", json(big)));
        HttpResponse<String> chunked =
                send(
                        post(
                                "api/v1/edge-test/echo",
                                BodyPublishers.ofInputStream(
                                        () ->
                                                new ByteArrayInputStream(
                                                        big.getBytes(StandardCharsets.UTF_8)))));

        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
        assertThat(declared.body()).contains("\"detail\"");
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("\"detail\"");
    }

    @Test
    void aBodyJustUnderTheLimitIsAccepted() throws Exception {
        String body = "{\"nom\":\"" + "x".repeat(60 * 1024) + "\"}";

        assertThat(send(post("api/v1/edge-test/echo", json(body))).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherContentTypeIsRefusedWith415() throws Exception {
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(resolve("api/v1/edge-test/echo"))
                                .header("Content-Type", "text/plain")
                                .POST(BodyPublishers.ofString("nom=Dupont")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertJson(response);
    }

    @Test
    void malformedJsonIsRefusedWith400NamingTheBody() throws Exception {
        HttpResponse<String> response =
                send(post("api/v1/edge-test/echo", json("{\"nom\": \"Dupont\",")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertJson(response);
        assertThat(response.body()).contains("\"field\":\"body\"").contains("JSON invalide");
    }

    @Test
    void anEmptyBodyIsRefusedWith400NamingTheBody() throws Exception {
        HttpResponse<String> response = send(post("api/v1/edge-test/echo", json("")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"body\"");
    }

    @Test
    void aPlainOptionsRevealsNoWadl() throws Exception {
        HttpResponse<String> response = send(options("api/v1/edge-test/echo"));

        assertThat(response.body()).doesNotContain("wadl").doesNotContain("EchoResource");
    }

    @Test
    void aValueOfTheWrongShapeIsRefusedWith400() throws Exception {
        HttpResponse<String> response =
                send(post("api/v1/edge-test/echo", json("{\"nom\": {\"a\": [1, 2]}}")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"body\"").doesNotContain("fr.enersolar");
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        HttpResponse<String> response =
                send(
                        post(
                                "api/v1/edge-test/echo",
                                json("{\"nom\":\"Dupont\",\"inconnu\":42,\"autre\":{\"x\":1}}")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"nom\":\"Dupont\"");
    }

    @Test
    void anUnknownPathIsAJson404() throws Exception {
        HttpResponse<String> intake = send(get("api/v1/edge-test/nowhere"));
        HttpResponse<String> admin = send(get("api/nowhere"));
        HttpResponse<String> health = send(get("health/nowhere"));

        for (HttpResponse<String> response : new HttpResponse[] {intake, admin, health}) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
            assertJson(response);
            assertThat(response.body()).isEqualTo("{\"detail\":\"Not Found\"}");
        }
    }

    @Test
    void aWrongMethodIsAJson405WithAllow() throws Exception {
        HttpResponse<String> response = send(get("api/v1/edge-test/echo"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertJson(response);
        assertThat(header(response, "Allow")).contains("POST");
    }

    @Test
    void anUnexpectedFailureIsA500WithAnErrorIdAndNoDetail() throws Exception {
        HttpResponse<String> response = send(get("api/v1/edge-test/boom"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertJson(response);
        assertThat(response.body())
                .contains("\"detail\":\"Erreur interne\"")
                .containsPattern("\"error_id\":\"[0-9a-f-]{36}\"")
                .doesNotContain("secret internal detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at fr.");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(resolve(path)).GET();
    }

    private HttpRequest.Builder options(String path) {
        return HttpRequest.newBuilder(resolve(path)).method("OPTIONS", BodyPublishers.noBody());
    }

    private HttpRequest.Builder post(String path, BodyPublisher body) {
        return HttpRequest.newBuilder(resolve(path))
                .header("Content-Type", "application/json")
                .POST(body);
    }

    private static BodyPublisher json(String body) {
        return BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        HttpRequest.Builder withClient = HttpRequest.newBuilder(built, (name, value) -> true);
        if (built.headers().firstValue("X-Forwarded-For").isEmpty()) {
            withClient.header("X-Forwarded-For", clientIp);
        }
        withClient.header("Accept", "application/json");
        return HTTP.send(
                withClient.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI resolve(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers()
                .firstValue(name)
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "no " + name + " header in " + response.headers().map()));
    }

    private static void assertJson(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"detail\":");
    }
}
