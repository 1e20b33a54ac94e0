package fr.enersolar.crm.connector.tck;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.connector.spi.DeliveryResult.Outcome;
import fr.enersolar.crm.connector.spi.LeadPayload;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The partner API contract of ZR7 Digital and Maison du Lead (SPEC-seed §8 with the fixes of §19,
 * response mapping of PRODUCT.md), checked against a stub partner over real HTTP:
 *
 * <ul>
 *   <li>the request: {@code POST} JSON to the configured URL, the raw key in {@code Authorization},
 *       {@code register_date} in Unix seconds, {@code civilite} and {@code custom_fields} entries
 *       only when non-empty, {@code surface_habitable} sent as {@code superficie_logement} and
 *       {@code type_chauffage} as {@code chauffage_actuel};
 *   <li>every class of answer: 201 accepted (even with a non-JSON body), "doublon" duplicate, 401
 *       and 403 auth failed, 400 rejected, 5xx, 429, timeout and connection refused retryable, any
 *       other answer rejected;
 *   <li>one HTTP call per attempt, keys masked in what the timeline records, bounded texts, and
 *       concurrent deliveries through one connector.
 * </ul>
 *
 * A connector's test extends this class and says how to point its connector at a URL with a read
 * timeout ({@link #settingsFor}).
 */
public abstract class PartnerApiContract extends CrmConnectorContract {

    /** The path the stub partner listens on, as in the real partners' URLs. */
    protected static final String PATH = "/lead/api/create_lead/";

    private static final int READ_TIMEOUT_MS = 2_000;

    private WireMockServer partner;
    private final List<CrmConnector> connectors = new ArrayList<>();

    /**
     * Settings that point the connector at a URL, with a read timeout, everything else at its
     * default.
     *
     * @param apiUrl the partner endpoint
     * @param readTimeoutMillis how long to wait for an answer
     * @return values by key
     */
    protected abstract Map<String, String> settingsFor(String apiUrl, int readTimeoutMillis);

    @Override
    protected Map<String, String> validSettings() {
        return settingsFor(endpoint(), READ_TIMEOUT_MS);
    }

    @BeforeAll
    void startPartner() {
        partner = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        partner.start();
    }

    @AfterAll
    void stopPartner() {
        partner.stop();
    }

    @BeforeEach
    void resetPartner() {
        partner.resetAll();
    }

    @AfterEach
    void closeConnectors() {
        connectors.forEach(CrmConnector::close);
        connectors.clear();
    }

    /**
     * The stub partner's endpoint.
     *
     * @return the URL
     */
    protected String endpoint() {
        return "http://127.0.0.1:" + partner.port() + PATH;
    }

    /**
     * A connector built from settings, closed after the test.
     *
     * @param values the settings
     * @return the connector
     */
    protected CrmConnector connector(Map<String, String> values) {
        CrmConnector connector =
                factory().create(ConnectorSettings.of(factory().settings(), values));
        connectors.add(connector);
        return connector;
    }

    private DeliveryResult deliverAnswering(ResponseDefinitionBuilder answer, LeadPayload lead) {
        partner.stubFor(post(urlPathEqualTo(PATH)).willReturn(answer));
        return connector(validSettings()).deliver(lead);
    }

    private DeliveryResult deliverAnswering(int status, String body) {
        return deliverAnswering(
                aResponse().withStatus(status).withBody(body),
                SampleLeads.minimal(SampleLeads.newKey()));
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = partner.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).as("requests received by the partner").hasSize(1);
        return requests.get(0);
    }

    private static JsonObject json(LoggedRequest request) {
        String body = new String(request.getBody(), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    // --- The request ---------------------------------------------------------------------------

    @Test
    void postsJsonWithTheRawKeyInAuthorization() {
        String key = SampleLeads.newKey();

        deliverAnswering(aResponse().withStatus(201), SampleLeads.complete(key));

        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(PATH);
        assertThat(request.getHeader("Authorization")).isEqualTo(key);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void sendsTheLeadsIdentityAtTheTopLevel() {
        deliverAnswering(aResponse().withStatus(201), SampleLeads.complete(SampleLeads.newKey()));

        JsonObject body = json(onlyRequest());
        assertThat(body.getString("phone")).isEqualTo("0612345679");
        assertThat(body.getString("nom")).isEqualTo("Dupré-Éloi");
        assertThat(body.getString("prenom")).isEqualTo("Hélène");
        assertThat(body.getString("email")).isEqualTo("helene.dupre@example.fr");
        assertThat(body.getString("civilite")).isEqualTo("Mme");
        assertThat(body.get("register_date").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
        JsonNumber registerDate = body.getJsonNumber("register_date");
        assertThat(registerDate.isIntegral()).as("register_date in whole seconds").isTrue();
        assertThat(registerDate.longValueExact())
                .isEqualTo(SampleLeads.REGISTERED_AT.getEpochSecond());
    }

    @Test
    void sendsTheOtherValuesAsCustomFieldsUnderThePartnersNames() {
        deliverAnswering(aResponse().withStatus(201), SampleLeads.complete(SampleLeads.newKey()));

        JsonObject custom = json(onlyRequest()).getJsonObject("custom_fields");
        assertThat(custom.keySet())
                .containsExactlyInAnyOrder(
                        "departement",
                        "code_postal",
                        "type_logement",
                        "statut_occupant",
                        "facture_electricite",
                        "superficie_logement",
                        "chauffage_actuel",
                        "ville",
                        "adresse",
                        "annee_construction",
                        "facture_chauffage",
                        "type_projet",
                        "delai_projet",
                        "budget",
                        "product_type",
                        "lp_code",
                        "liaison_code",
                        "utm_source",
                        "utm_medium",
                        "utm_campaign");
        assertThat(value(custom, "superficie_logement")).isEqualTo("120");
        assertThat(value(custom, "chauffage_actuel")).isEqualTo("Fioul");
        assertThat(value(custom, "departement")).isEqualTo("75");
        assertThat(value(custom, "code_postal")).isEqualTo("75011");
        assertThat(value(custom, "facture_electricite")).isEqualTo("100-150€");
        assertThat(value(custom, "product_type")).isEqualTo("PAC");
        for (String name : custom.keySet()) {
            assertThat(custom.getJsonObject(name).keySet()).as(name).containsExactly("value");
            assertThat(custom.getJsonObject(name).get("value").getValueType())
                    .as("%s is a string", name)
                    .isEqualTo(JsonValue.ValueType.STRING);
        }
    }

    @Test
    void leavesOutEmptyValues() {
        deliverAnswering(aResponse().withStatus(201), SampleLeads.minimal(SampleLeads.newKey()));

        JsonObject body = json(onlyRequest());
        assertThat(body.keySet()).doesNotContain("civilite");
        assertThat(body.getString("prenom")).isEmpty();
        assertThat(body.getString("email")).isEmpty();
        assertThat(body.getJsonObject("custom_fields").keySet())
                .containsExactlyInAnyOrder("departement", "product_type");
    }

    @Test
    void makesOneCallPerAttempt() {
        DeliveryResult result = deliverAnswering(503, "");

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        onlyRequest();
    }

    // --- Every class of answer -----------------------------------------------------------------

    @Test
    void acceptsA201AndReadsThePartnersReference() {
        DeliveryResult result =
                deliverAnswering(
                        aResponse()
                                .withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"id\":\"P-4242\",\"message\":\"Lead créé\"}"),
                        SampleLeads.complete(SampleLeads.newKey()));

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_SUCCESS);
        assertThat(result.httpStatus()).hasValue(201);
        assertThat(result.partnerReference()).contains("P-4242");
        assertThat(result.response()).contains("Lead créé");
        assertThat(result.duration()).isPositive();
    }

    @ParameterizedTest(name = "201 with body \"{0}\"")
    @CsvSource({"<html><body>OK</body></html>", "Lead cree", "''", "{\"message\":\"doublon\"}"})
    void acceptsA201WhateverItsBody(String body) {
        DeliveryResult result = deliverAnswering(201, body);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.httpStatus()).hasValue(201);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "200 | {\"message\":\"Doublon détecté\"}",
                "200 | {\"message\":\"Lead DOUBLON (30 jours)\"}",
                "409 | doublon",
                "400 | {\"message\":\"doublon\"}"
            })
    void takesADoublonAnswerAsADuplicate(int status, String body) {
        DeliveryResult result = deliverAnswering(status, body);

        assertThat(result.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(result.outcome().delivered()).isTrue();
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_DUPLICATE);
        assertThat(result.httpStatus()).hasValue(status);
    }

    @ParameterizedTest
    @CsvSource({"403", "401"})
    void takesARefusedKeyAsAuthFailed(int status) {
        DeliveryResult result = deliverAnswering(status, "{\"detail\":\"Invalid API key\"}");

        assertThat(result.outcome()).isEqualTo(Outcome.AUTH_FAILED);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_AUTH_ERROR);
        assertThat(result.httpStatus()).hasValue(status);
    }

    @Test
    void takesA400AsAValidationError() {
        DeliveryResult result = deliverAnswering(400, "{\"message\":\"phone: format invalide\"}");

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_VALIDATION_ERROR);
        assertThat(result.response()).contains("format invalide");
    }

    @ParameterizedTest
    @CsvSource({"200", "404", "409"})
    void takesAnyOtherAnswerAsAFinalFailure(int status) {
        DeliveryResult result = deliverAnswering(status, "{\"message\":\"?\"}");

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_FAILED);
        assertThat(result.httpStatus()).hasValue(status);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "500 | ''",
                "502 | <html><h1>502 Bad Gateway</h1></html>",
                "503 | {\"message\":\"maintenance\"}",
                "504 | Gateway Timeout"
            })
    void retriesServerErrors(int status, String body) {
        DeliveryResult result = deliverAnswering(status, body);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_SERVER_ERROR);
        assertThat(result.httpStatus()).hasValue(status);
    }

    @Test
    void retriesWhenAskedToSlowDown() {
        DeliveryResult result = deliverAnswering(429, "");

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_RATE_LIMITED);
    }

    @Test
    void retriesWhenThePartnerDoesNotAnswerInTime() {
        partner.stubFor(
                post(urlPathEqualTo(PATH))
                        .willReturn(aResponse().withStatus(201).withFixedDelay(5_000)));
        CrmConnector connector = connector(settingsFor(endpoint(), 300));

        DeliveryResult result = connector.deliver(SampleLeads.minimal(SampleLeads.newKey()));

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_TIMEOUT);
        assertThat(result.httpStatus()).isEmpty();
        assertThat(result.response()).startsWith("Timeout");
        assertThat(result.duration()).isBetween(Duration.ofMillis(250), Duration.ofMillis(4_000));
    }

    @Test
    void retriesWhenTheConnectionIsRefused() {
        String closed = "http://127.0.0.1:" + closedPort() + PATH;
        CrmConnector connector = connector(settingsFor(closed, READ_TIMEOUT_MS));

        DeliveryResult result = connector.deliver(SampleLeads.minimal(SampleLeads.newKey()));

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_CONNECTION_ERROR);
        assertThat(result.httpStatus()).isEmpty();
        assertThat(result.response()).startsWith("Erreur connexion");
        assertThat(result.request()).contains(closed);
    }

    /**
     * One attempt is one POST, even when the connection drops before the answer. With the JDK's
     * {@code HttpURLConnection} underneath (Jersey's default), this needs the JVM option {@code
     * -Dsun.net.http.retryPost=false}, which the application server runs with.
     */
    @ParameterizedTest
    @EnumSource(
            value = Fault.class,
            names = {"EMPTY_RESPONSE", "CONNECTION_RESET_BY_PEER"})
    void retriesLaterButNeverResendsWhenTheConnectionDrops(Fault fault) {
        DeliveryResult result =
                deliverAnswering(
                        aResponse().withFault(fault), SampleLeads.minimal(SampleLeads.newKey()));

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(result.reason()).isEqualTo(DeliveryResult.REASON_CONNECTION_ERROR);
        onlyRequest();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- What the timeline records -------------------------------------------------------------

    @Test
    void recordsTheRequestWithTheKeyMasked() {
        String key = SampleLeads.newKey();

        DeliveryResult result =
                deliverAnswering(
                        aResponse()
                                .withStatus(403)
                                .withBody("{\"detail\":\"Clé " + key + " inconnue\"}"),
                        SampleLeads.complete(key));

        assertThat(result.request())
                .contains("POST " + endpoint())
                .contains("Authorization: ")
                .contains("0612345679")
                .doesNotContain(key);
        assertThat(result.response()).contains("inconnue").doesNotContain(key);
        assertThat(result.toString()).doesNotContain(key);
    }

    @Test
    void keepsABoundedExcerptOfAHugeAnswer() {
        String html = "<html>" + "Erreur interne ".repeat(20_000) + "</html>";

        DeliveryResult result = deliverAnswering(502, html);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(result.response()).startsWith("<html>Erreur interne");
        assertThat(result.response().length()).isLessThanOrEqualTo(DeliveryResult.MAX_TEXT_LENGTH);
    }

    // --- One connector, many threads -----------------------------------------------------------

    @Test
    void deliversConcurrentlyThroughOneConnector() throws Exception {
        partner.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(201)));
        CrmConnector connector = connector(validSettings());
        int leads = 40;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DeliveryResult>> results = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < leads; i++) {
                String key = SampleLeads.newKey();
                keys.add(key);
                results.add(pool.submit(() -> connector.deliver(SampleLeads.minimal(key))));
            }
            for (Future<DeliveryResult> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.ACCEPTED);
            }
            List<LoggedRequest> requests = partner.findAll(postRequestedFor(urlPathEqualTo(PATH)));
            assertThat(requests).hasSize(leads);
            assertThat(requests.stream().map(r -> r.getHeader("Authorization")))
                    .containsExactlyInAnyOrderElementsOf(Set.copyOf(keys));
        } finally {
            pool.shutdownNow();
        }
    }

    private static String value(JsonObject custom, String name) {
        return custom.getJsonObject(name).getString("value");
    }
}
