package fr.enersolar.crm.web.api.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/v1/leads} over real HTTP on Payara Micro, checking what is stored too. */
@ExtendWith(ArquillianExtension.class)
class V1LeadsIT {

    static final String KEY = "it-intake-key-0123456789abcdef";
    static final Map<String, String> AUTH = Map.of("Authorization", "Token " + KEY);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore(Map.of("crm.api.key", KEY));
    }

    @ArquillianResource URL deployed;

    private ApiClient http;
    private String pv;

    @BeforeEach
    void setUp() throws Exception {
        http = new ApiClient(deployed);
        http.awaitReady();
        pv = json(http.post("probe/leads-probe/forms?product=PV", "", Map.of())).getString("code");
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A fresh valid mobile number for each test, so tests never see each other's leads. */
    static String newPhone() {
        return "061" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    }

    private JsonObjectBuilder valid(String phone) {
        return Json.createObjectBuilder()
                .add("form_id", pv)
                .add("phone", phone)
                .add("nom", "Dupont")
                .add("code_postal", "75011")
                .add("lp_code", "LP-004")
                .add("utm_source", "google");
    }

    private HttpResponse<String> submit(String body) throws Exception {
        return http.post("api/v1/leads", body, AUTH);
    }

    private JsonObject stored(String leadId) throws Exception {
        HttpResponse<String> lead = http.get("probe/leads-probe/" + leadId);
        assertThat(lead.statusCode()).as("lead %s is stored", leadId).isEqualTo(200);
        return json(lead);
    }

    private long count() throws Exception {
        return json(http.get("probe/leads-probe/count")).getJsonNumber("count").longValue();
    }

    @Test
    void storesAValidLeadAndAnswersWithTheSeedKeys() throws Exception {
        String phone = newPhone();
        HttpResponse<String> response = submit(valid(phone).build().toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = json(response);
        assertThat(body.getBoolean("success")).isTrue();
        assertThat(body.getString("status")).isEqualTo("pending");
        assertThat(body.getString("message")).isEqualTo("Lead enregistré");
        JsonObject lead = stored(body.getString("lead_id"));
        assertThat(lead.getString("phone")).isEqualTo(phone);
        assertThat(lead.getString("phone_e164")).isEqualTo("+33" + phone.substring(1));
        assertThat(lead.getString("departement")).isEqualTo("75");
        assertThat(lead.getJsonArray("timeline").toString())
                .isEqualTo("[\"received\",\"validated\",\"duplicate\",\"routing\"]");
    }

    @Test
    void refusesRequestsWithoutTheKeyAndStoresNothing() throws Exception {
        long before = count();
        String body = valid(newPhone()).build().toString();

        HttpResponse<String> missing = http.post("api/v1/leads", body, Map.of());
        HttpResponse<String> malformed =
                http.post("api/v1/leads", body, Map.of("Authorization", KEY));
        HttpResponse<String> wrong =
                http.post("api/v1/leads", body, Map.of("Authorization", "Token nope-nope-nope"));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).getString("detail")).isEqualTo("Clé API manquante");
        assertThat(json(malformed).getString("detail")).isEqualTo("Format clé invalide");
        assertThat(json(wrong).getString("detail")).isEqualTo("Clé API invalide");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void acceptsTheBearerWordAsTheSeedDid() throws Exception {
        HttpResponse<String> response =
                http.post(
                        "api/v1/leads",
                        valid(newPhone()).build().toString(),
                        Map.of("Authorization", "Bearer " + KEY));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void storesAnInvalidPhoneAndNamesTheReason() throws Exception {
        HttpResponse<String> response = submit(valid("0666666666").build().toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonObject body = json(response);
        assertThat(body.getBoolean("success")).isFalse();
        assertThat(body.getString("status")).isEqualTo("invalid_phone");
        assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("phone");
        assertThat(body.getString("error")).contains("Numéro invalide (répétition)");
        JsonObject lead = stored(body.getString("lead_id"));
        assertThat(lead.getString("status")).isEqualTo("invalid_phone");
        assertThat(lead.getString("payload")).contains("0666666666");
    }

    @Test
    void namesEveryMissingRequiredField() throws Exception {
        String body =
                Json.createObjectBuilder()
                        .add("form_id", pv)
                        .add("phone", newPhone())
                        .build()
                        .toString();

        HttpResponse<String> response = submit(body);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).getString("status")).isEqualTo("missing_required");
        assertThat(response.body())
                .contains("\"field\":\"nom\"")
                .contains("\"field\":\"departement\"");
    }

    @Test
    void storesALeadForAnUnknownFormAsOrphan() throws Exception {
        String body = valid(newPhone()).add("form_id", "PV-987").build().toString();

        HttpResponse<String> response = submit(body);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonObject answer = json(response);
        assertThat(answer.getString("status")).isEqualTo("orphan");
        assertThat(stored(answer.getString("lead_id")).getString("status")).isEqualTo("orphan");
    }

    @Test
    void storesOverseasAddressesAsOutOfArea() throws Exception {
        HttpResponse<String> response =
                submit(valid(newPhone()).add("code_postal", "97110").build().toString());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonObject answer = json(response);
        assertThat(answer.getString("status")).isEqualTo("out_of_area");
        assertThat(stored(answer.getString("lead_id")).getString("departement")).isEqualTo("971");
    }

    @Test
    void anOperatorWhereATextIsExpectedIsA400AndTheLeadIsStored() throws Exception {
        String body =
                valid(newPhone())
                        .add("phone", Json.createObjectBuilder().add("$gt", ""))
                        .build()
                        .toString();

        HttpResponse<String> response = submit(body);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonObject answer = json(response);
        assertThat(answer.getString("status")).isEqualTo("invalid_phone");
        assertThat(response.body()).contains("doit être une chaîne de caractères");
        assertThat(stored(answer.getString("lead_id")).getString("payload")).contains("$gt");
    }

    @Test
    void malformedJsonIsA400AndNothingIsStored() throws Exception {
        long before = count();

        HttpResponse<String> broken = submit("{\"form_id\": \"PV-001\", \"phone\": ");
        HttpResponse<String> array = submit("[1, 2, 3]");

        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(json(broken).getJsonArray("detail").getJsonObject(0).getString("field"))
                .isEqualTo("body");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aWrongContentTypeIs415() throws Exception {
        HttpResponse<String> response =
                http.post(
                        "api/v1/leads",
                        valid(newPhone()).build().toString(),
                        Map.of("Authorization", "Token " + KEY, "Content-Type", "text/plain"));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void aBodyOver64KibIs413AndNothingIsStored() throws Exception {
        long before = count();

        HttpResponse<String> response =
                submit(valid(newPhone()).add("adresse", "x".repeat(70 * 1024)).build().toString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void ignoresUnknownFields() throws Exception {
        HttpResponse<String> response =
                submit(valid(newPhone()).add("couleur_preferee", "vert").build().toString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void keepsConsentEvidenceAndIgnoresForwardedForFromAnUntrustedPeer() throws Exception {
        HttpResponse<String> response =
                http.post(
                        "api/v1/leads",
                        valid(newPhone())
                                .add("page_url", "https://solaire.example/devis")
                                .build()
                                .toString(),
                        Map.of(
                                "Authorization", "Token " + KEY,
                                "X-Forwarded-For", "198.51.100.23",
                                "User-Agent", "IntegrationTest/1.0"));

        JsonObject lead = stored(json(response).getString("lead_id"));
        assertThat(lead.getString("ip")).isEqualTo("127.0.0.1");
        assertThat(lead.getString("user_agent")).isEqualTo("IntegrationTest/1.0");
        assertThat(lead.getString("page_url")).isEqualTo("https://solaire.example/devis");
    }

    @Test
    void aSecondSubmissionWithinSecondsAnswersTheFirstLead() throws Exception {
        String body = valid(newPhone()).build().toString();
        long before = count();

        String first = json(submit(body)).getString("lead_id");
        JsonObject second = json(submit(body));

        assertThat(second.getString("lead_id")).isEqualTo(first);
        assertThat(second.getString("message")).isEqualTo("Lead déjà reçu");
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void twentyIdenticalSubmissionsFiredAtOnceStoreExactlyOneLead() throws Exception {
        String body = valid(newPhone()).build().toString();
        long before = count();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                responses.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return submit(body);
                                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<HttpResponse<String>> r : responses) {
                HttpResponse<String> response = r.get();
                assertThat(response.statusCode()).isEqualTo(200);
                ids.add(json(response).getString("lead_id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(count()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSamePhoneAndProductFromAnotherFormIsAnInternalDuplicate() throws Exception {
        String phone = newPhone();
        String original = json(submit(valid(phone).build().toString())).getString("lead_id");
        String otherPv =
                json(http.post("probe/leads-probe/forms?product=PV", "", Map.of()))
                        .getString("code");

        HttpResponse<String> response =
                submit(valid(phone).add("form_id", otherPv).build().toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject answer = json(response);
        assertThat(answer.getString("status")).isEqualTo("internal_duplicate");
        assertThat(answer.getString("duplicate_of")).isEqualTo(original);
        assertThat(stored(answer.getString("lead_id")).getString("duplicate_of"))
                .isEqualTo(original);
    }
}
