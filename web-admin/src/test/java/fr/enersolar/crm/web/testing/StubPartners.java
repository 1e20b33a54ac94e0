package fr.enersolar.crm.web.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Partner CRMs for the delivery tests: each one a WireMock stub on its own path (or any URL),
 * registered in the deployed application through {@code /probe/delivery-probe/partners} with its
 * account, a PV form carrying its generated key, and a commande; leads submitted to it through
 * {@code POST /api/v1/leads} and polled until a state holds.
 */
public final class StubPartners {

    private static final AtomicInteger PARTNERS = new AtomicInteger();

    /** A partner: its slug, the path WireMock serves it on, its key and its form. */
    public record Partner(String slug, String path, String key, String crmId, String formCode) {}

    private final ApiClient http;
    private final WireMockServer wiremock;
    private final Map<String, String> intake;
    private final Duration deadline;

    /**
     * Partners served by {@code wiremock}, leads submitted with the {@code intake} headers and
     * awaited for at most {@code deadline}.
     */
    public StubPartners(
            ApiClient http,
            WireMockServer wiremock,
            Map<String, String> intake,
            Duration deadline) {
        this.http = http;
        this.wiremock = wiremock;
        this.intake = intake;
        this.deadline = deadline;
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A new partner answering every lead with {@code status} and the JSON {@code body}. */
    public Partner answering(int status, String body) throws Exception {
        return answering(status, key -> body);
    }

    /**
     * A new partner answering every lead with {@code status} and the JSON body made from its own
     * key (a partner that echoes the key back).
     */
    public Partner answering(int status, Function<String, String> bodyForKey) throws Exception {
        String slug = "p" + PARTNERS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        String path = "/" + slug + "/lead/api/create_lead/";
        String key = generatedKey();
        wiremock.stubFor(
                post(urlPathEqualTo(path))
                        .willReturn(
                                aResponse()
                                        .withStatus(status)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(bodyForKey.apply(key))));
        return register(slug, "http://localhost:" + wiremock.port() + path, path, key);
    }

    /** A partner at {@code url}, with a generated key. */
    public Partner register(String slug, String url, String path) throws Exception {
        return register(slug, url, path, generatedKey());
    }

    private static String generatedKey() {
        return "partner-key-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    /** A partner at {@code url} whose form carries {@code key}. */
    public Partner register(String slug, String url, String path, String key) throws Exception {
        HttpResponse<String> made =
                http.post(
                        "probe/delivery-probe/partners?slug="
                                + slug
                                + "&key="
                                + URLEncoder.encode(key, StandardCharsets.UTF_8)
                                + "&url="
                                + URLEncoder.encode(url, StandardCharsets.UTF_8));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        JsonObject p = json(made);
        return new Partner(slug, path, key, p.getString("crm_id"), p.getString("form_code"));
    }

    /** A mobile number no other test uses (in practice). */
    public static String newPhone() {
        return "061" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    }

    /** Submits a lead for the partner's form; its id. */
    public String submit(Partner partner, String phone) throws Exception {
        String body =
                Json.createObjectBuilder()
                        .add("form_id", partner.formCode())
                        .add("phone", phone)
                        .add("nom", "Dupont")
                        .add("code_postal", "75011")
                        .build()
                        .toString();
        HttpResponse<String> answer = http.post("api/v1/leads", body, intake);
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return json(answer).getString("lead_id");
    }

    /** The lead's delivery fields as the probe reads them from the store. */
    public JsonObject lead(String id) throws Exception {
        HttpResponse<String> answer = http.get("probe/delivery-probe/leads/" + id);
        assertThat(answer.statusCode()).isEqualTo(200);
        return json(answer);
    }

    /** Polls the lead until {@code until} holds, or fails at the deadline with its last state. */
    public JsonObject awaitLead(String id, Predicate<JsonObject> until) throws Exception {
        Instant end = Instant.now().plus(deadline);
        JsonObject last = lead(id);
        while (!until.test(last)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("lead " + id + " never reached the state: " + last);
            }
            LockSupport.parkNanos(50_000_000);
            last = lead(id);
        }
        return last;
    }

    /** The lead is in this delivery status. */
    public static Predicate<JsonObject> status(String apiStatus) {
        return l -> l.getString("api_status").equals(apiStatus);
    }

    /** What the partner received. */
    public List<LoggedRequest> received(Partner partner) {
        return wiremock.findAll(postRequestedFor(urlPathEqualTo(partner.path())));
    }
}
