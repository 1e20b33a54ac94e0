package fr.enersolar.crm.web.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static fr.enersolar.crm.web.testing.StubPartners.json;
import static fr.enersolar.crm.web.testing.StubPartners.newPhone;
import static fr.enersolar.crm.web.testing.StubPartners.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.enersolar.crm.web.probe.ProbeApplication;
import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import fr.enersolar.crm.web.testing.StubPartners;
import fr.enersolar.crm.web.testing.StubPartners.Partner;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing and delivery over real HTTP on Payara Micro: leads taken in by {@code /api/v1/leads},
 * routed at intake and delivered by the outbox workers through the zr7 connector to WireMock
 * partners (one per test, on its own path) or to the built-in sandbox partner; every response
 * class, the backoff schedule (configured {@code 1s,2s}), lease recovery, concurrent workers, and
 * the staff actions.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryIT {

    static final String INTAKE_KEY = "it-delivery-intake-" + Long.toHexString(System.nanoTime());
    static final Map<String, String> AUTH = Map.of("Authorization", "Token " + INTAKE_KEY);
    static final Duration DEADLINE = Duration.ofSeconds(30);

    static WireMockServer wiremock;

    @Deployment(testable = false)
    static WebArchive deployment() {
        File zr7 = new File("../connector-zr7/target/connector-zr7-1.0.0-SNAPSHOT.jar");
        if (!zr7.isFile()) {
            throw new IllegalStateException("build connector-zr7 first: " + zr7.getAbsolutePath());
        }
        return Deployments.crmWar(
                        Map.of(
                                "crm.api.key", INTAKE_KEY,
                                "crm.delivery.backoff", "1s,2s",
                                "crm.delivery.poll-ms", "50",
                                "crm.delivery.workers", "8",
                                "crm.delivery.lease-seconds", "3",
                                "crm.delivery.breaker-threshold", "1000"),
                        CrmUrlConnectors.class)
                .addPackage(ProbeApplication.class.getPackage())
                .addAsLibraries(zr7);
    }

    @ArquillianResource URL deployed;

    private ApiClient http;

    @BeforeAll
    static void startPartners() {
        wiremock = new WireMockServer(options().dynamicPort());
        wiremock.start();
    }

    @AfterAll
    static void stopPartners() {
        wiremock.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        http = new ApiClient(deployed);
        http.awaitReady();
        partners = new StubPartners(http, wiremock, AUTH, DEADLINE);
    }

    private StubPartners partners;

    private Partner partner(int status, String body) throws Exception {
        return partners.answering(status, body);
    }

    private Partner register(String slug, String url, String path) throws Exception {
        return partners.register(slug, url, path);
    }

    private String submit(Partner partner, String phone) throws Exception {
        return partners.submit(partner, phone);
    }

    private JsonObject awaitLead(String id, Predicate<JsonObject> until) throws Exception {
        return partners.awaitLead(id, until);
    }

    private List<LoggedRequest> received(Partner partner) {
        return partners.received(partner);
    }

    @Test
    void anAcceptedLeadIsDeliveredOnceWithTheFormsKeyAndItsAttemptOnTheTimeline() throws Exception {
        Partner p = partner(201, "{\"id\":\"ZR-1\",\"message\":\"Lead créé\"}");
        String phone = newPhone();

        String id = submit(p, phone);
        JsonObject lead = awaitLead(id, status("success"));

        assertThat(lead.getBoolean("sent_to_crm")).isTrue();
        assertThat(lead.getInt("delivery_attempts")).isEqualTo(1);
        assertThat(lead.getString("routing_reason")).isEqualTo("commande_" + p.slug());
        List<LoggedRequest> requests = received(p);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo(p.key());
        assertThat(requests.get(0).getBodyAsString()).contains(phone);
        String timeline = lead.getJsonArray("timeline").toString();
        assertThat(timeline).contains("routing", "delivery_attempt", "HTTP 201");
        assertThat(timeline).doesNotContain(p.key());
    }

    @Test
    void aDoublonIsDeliveredAsDuplicate() throws Exception {
        Partner p = partner(200, "{\"message\":\"Lead en doublon\"}");

        JsonObject lead = awaitLead(submit(p, newPhone()), status("duplicate"));

        assertThat(lead.getBoolean("sent_to_crm")).isTrue();
        assertThat(received(p)).hasSize(1);
    }

    @Test
    void aRejectedLeadAndARefusedKeyAreFinal() throws Exception {
        Partner rejecting = partner(400, "{\"message\":\"phone invalide\"}");
        Partner refusing = partner(403, "{\"message\":\"Clé invalide\"}");

        String rejected = submit(rejecting, newPhone());
        String refused = submit(refusing, newPhone());

        assertThat(awaitLead(rejected, status("validation_error")).getInt("delivery_attempts"))
                .isEqualTo(1);
        assertThat(awaitLead(refused, status("auth_error")).getInt("delivery_attempts"))
                .isEqualTo(1);
        // Final: no attempt follows, even after the whole backoff would have elapsed.
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(4).toNanos());
        assertThat(received(rejecting)).hasSize(1);
        assertThat(received(refusing)).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedOnTheBackoffScheduleThenTheLeadFails() throws Exception {
        Partner p = partner(503, "{\"message\":\"indisponible\"}");

        String id = submit(p, newPhone());
        JsonObject lead = awaitLead(id, status("failed"));

        assertThat(lead.getInt("delivery_attempts")).isEqualTo(3);
        List<LoggedRequest> requests = received(p);
        assertThat(requests).hasSize(3);
        long first = requests.get(0).getLoggedDate().getTime();
        long second = requests.get(1).getLoggedDate().getTime();
        long third = requests.get(2).getLoggedDate().getTime();
        assertThat(second - first).as("first delay (1s)").isBetween(900L, 4000L);
        assertThat(third - second).as("second delay (2s)").isBetween(1900L, 5000L);
    }

    @Test
    void aLeadLeftLeasedByADeadWorkerIsDeliveredOnceAfterItsLeaseExpires() throws Exception {
        Partner p = partner(201, "{\"id\":\"ZR-2\",\"message\":\"Lead créé\"}");

        HttpResponse<String> made =
                http.post(
                        "probe/delivery-probe/dead-lease?seconds=2&form="
                                + p.formCode()
                                + "&phone="
                                + newPhone());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        String id = json(made).getString("id");
        Instant leaseUntil = Instant.parse(json(made).getString("lease_until"));

        JsonObject lead = awaitLead(id, status("success"));

        assertThat(received(p)).hasSize(1);
        assertThat(received(p).get(0).getLoggedDate().toInstant())
                .as("attempted only once the dead worker's lease expired")
                .isAfterOrEqualTo(leaseUntil.minusMillis(50));
        assertThat(lead.getString("lease_owner")).isEmpty();
    }

    @Test
    void concurrentWorkersSendEveryLeadExactlyOnce() throws Exception {
        String slug = "many-" + Long.toHexString(System.nanoTime());
        String path = "/" + slug + "/lead/api/create_lead/";
        wiremock.stubFor(
                post(urlPathEqualTo(path))
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withFixedDelay(30)
                                        .withBody("{\"message\":\"Lead créé\"}")));
        Partner p = register(slug, "http://localhost:" + wiremock.port() + path, path);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            ids.add(submit(p, newPhone()));
        }

        for (String id : ids) {
            awaitLead(id, status("success"));
        }

        List<LoggedRequest> requests = received(p);
        Set<String> bodies = new HashSet<>();
        requests.forEach(r -> bodies.add(r.getBodyAsString()));
        assertThat(requests).hasSize(80);
        assertThat(bodies).as("no lead sent twice").hasSize(80);
    }

    @Test
    void intakeToDeliveredThroughTheSandboxPartner() throws Exception {
        String slug = "sbx" + Long.toHexString(System.nanoTime());
        Partner p =
                register(
                        slug,
                        new URL(deployed, "sandbox/" + slug + "/lead/api/create_lead/").toString(),
                        "");

        JsonObject lead = awaitLead(submit(p, newPhone()), status("success"));

        assertThat(lead.getString("api_response")).contains("Lead créé");
    }

    @Test
    void staffRetryAQueueAndResetFailedLeads() throws Exception {
        Partner p = partner(400, "{\"message\":\"refusé\"}");
        String id = submit(p, newPhone());
        awaitLead(id, status("validation_error"));
        ApiClient.Staff admin = StaffSessions.as(http, "admin");
        ApiClient.Staff viewer = StaffSessions.as(http, "viewer");

        assertThat(viewer.post("api/leads/" + id + "/retry", "{}").statusCode()).isEqualTo(403);
        assertThat(
                        admin.post("api/leads/00000000-0000-4000-8000-000000000000/retry", "{}")
                                .statusCode())
                .isEqualTo(404);
        wiremock.stubFor(
                post(urlPathEqualTo(p.path()))
                        .willReturn(aResponse().withStatus(201).withBody("{\"id\":\"ok\"}")));
        HttpResponse<String> retried = admin.post("api/leads/" + id + "/retry", "{}");

        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(json(retried).getBoolean("success")).isTrue();
        assertThat(json(retried).getString("crm")).isEqualTo(p.slug());
        awaitLead(id, status("success"));
        assertThat(admin.post("api/leads/" + id + "/retry", "{}").statusCode())
                .as("a delivered lead is not sent again")
                .isEqualTo(409);

        // Force-send to another CRM, and the queue's views.
        Partner other = partner(201, "{\"id\":\"other\"}");
        Partner failing = partner(503, "{}");
        String failed = submit(failing, newPhone());
        awaitLead(failed, status("failed"));
        HttpResponse<String> forced =
                admin.post(
                        "api/leads/" + failed + "/force-send",
                        "{\"crm_id\":\"" + other.crmId() + "\"}");
        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(200);
        // Cross-CRM without a redistribution key: no CRM can take it.
        assertThat(json(forced).getBoolean("success")).isFalse();
        assertThat(admin.post("api/leads/" + failed + "/force-send", "{}").statusCode())
                .isEqualTo(400);

        String alsoFailed = submit(failing, newPhone());
        awaitLead(alsoFailed, status("failed"));
        JsonObject stats = json(admin.get("api/queue/stats"));
        assertThat(stats.getJsonNumber("failed").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(stats.getJsonObject("last_24h").getJsonNumber("added").longValue())
                .isGreaterThanOrEqualTo(3);
        JsonObject items = json(admin.get("api/queue/items?status=failed&limit=200"));
        assertThat(
                        items.getJsonArray("items").stream()
                                .map(JsonValue::asJsonObject)
                                .map(i -> i.getString("lead_id")))
                .contains(alsoFailed);
        assertThat(items.toString()).doesNotContain(failing.key());
        assertThat(admin.get("api/queue/items?status=nope").statusCode()).isEqualTo(400);

        assertThat(viewer.post("api/queue/retry-exhausted", "{}").statusCode()).isEqualTo(403);
        wiremock.stubFor(
                post(urlPathEqualTo(failing.path()))
                        .willReturn(aResponse().withStatus(201).withBody("{\"id\":\"back\"}")));
        HttpResponse<String> reset = admin.post("api/queue/retry-exhausted", "{}");
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(json(reset).getJsonNumber("reset_count").longValue()).isGreaterThanOrEqualTo(1);
        awaitLead(alsoFailed, status("success"));

        JsonObject breakers = json(admin.get("api/queue/breakers"));
        assertThat(breakers.getJsonArray("breakers").toString()).contains(failing.slug());
        JsonObject health = json(http.get("api/health"));
        assertThat(health.getJsonObject("checks").getJsonArray("circuit_breakers").toString())
                .contains("\"state\":\"closed\"");
    }
}
