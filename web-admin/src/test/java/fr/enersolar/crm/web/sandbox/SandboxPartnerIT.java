package fr.enersolar.crm.web.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox partner over real HTTP: each answer class of the partner contract. */
@ExtendWith(ArquillianExtension.class)
class SandboxPartnerIT {

    private static final String PATH = "sandbox/zr7/lead/api/create_lead/";
    private static ApiClient api;

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    @BeforeEach
    void ready() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
    }

    @Test
    void aLeadIsCreatedThenRecognisedAsADuplicate() throws Exception {
        String phone = phone();

        HttpResponse<String> first = send("key-abcd1234", lead(phone));
        HttpResponse<String> second = send("key-abcd1234", lead(phone));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(json(first).getString("id")).isNotBlank();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).getString("message")).containsIgnoringCase("doublon");
    }

    @Test
    void staffSeeWhatTheSandboxReceivedWithTheKeyMasked() throws Exception {
        String phone = phone();
        send("key-secret-9876", lead(phone));

        HttpResponse<String> list = StaffSessions.as(api, "admin").get("api/sandbox/zr7/receipts");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(phone).contains("****9876").doesNotContain("key-secret");
        assertThat(StaffSessions.as(api, "viewer").get("api/sandbox/zr7/receipts").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aMissingOrRefusedKeyIs403() throws Exception {
        assertThat(api.send("POST", PATH, lead(phone()), Map.of()).statusCode()).isEqualTo(403);
        assertThat(send("refuse-me", lead(phone())).statusCode()).isEqualTo(403);
    }

    @Test
    void invalidLeadsAre400WithTheReason() throws Exception {
        HttpResponse<String> badPhone = send("k", lead("12"));
        HttpResponse<String> notJson = send("k", "<html>");
        HttpResponse<String> badDate =
                send("k", "{\"phone\":\"" + phone() + "\",\"register_date\":\"hier\"}");

        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(json(badPhone).getString("message")).startsWith("phone");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).getString("message")).startsWith("register_date");
    }

    @Test
    void aFailingKeyIs503AndASlowKeyAnswersLater() throws Exception {
        assertThat(send("sandbox-5xx", lead(phone())).statusCode()).isEqualTo(503);

        long start = System.nanoTime();
        HttpResponse<String> slow = send("sandbox-slow-400", lead(phone()));
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(slow.statusCode()).isEqualTo(201);
        assertThat(tookMs).isGreaterThanOrEqualTo(400);
    }

    private static HttpResponse<String> send(String key, String body) throws Exception {
        return api.send("POST", PATH, body, Map.of("Authorization", key));
    }

    private static String lead(String phone) {
        return Json.createObjectBuilder()
                .add("phone", phone)
                .add("register_date", 1770671234L)
                .add("nom", "Dupont")
                .add(
                        "custom_fields",
                        Json.createObjectBuilder()
                                .add("departement", Json.createObjectBuilder().add("value", "75")))
                .build()
                .toString();
    }

    private static String phone() {
        return "06" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
