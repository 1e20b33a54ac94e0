package fr.enersolar.crm.web.security;

import static fr.enersolar.crm.web.testing.StubPartners.json;
import static fr.enersolar.crm.web.testing.StubPartners.newPhone;
import static fr.enersolar.crm.web.testing.StubPartners.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.enersolar.crm.web.delivery.CrmUrlConnectors;
import fr.enersolar.crm.web.probe.ProbeApplication;
import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import fr.enersolar.crm.web.testing.StubPartners;
import fr.enersolar.crm.web.testing.StubPartners.Partner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.File;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No secret in a log line: the server's own log records (everything reaching {@code
 * java.util.logging}, captured in the server by the test-only {@code LogCapture}) are searched for
 * every password, session token, stored password hash, partner key and the sealing key, after the
 * paths most likely to leak them: good and bad logins, unknown and ended sessions, user creation
 * and password change, partner keys set through the API, and deliveries whose partner answers 500
 * or 403 with the key echoed back, or cannot be reached at all.
 */
@ExtendWith(ArquillianExtension.class)
class LogHygieneIT {

    static final String INTAKE_KEY = "it-logs-" + UUID.randomUUID();
    static final String SECRETS_KEY = Base64.getEncoder().encodeToString(randomBytes(32));

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
                                "crm.secrets.key", SECRETS_KEY,
                                "crm.delivery.backoff", "1s",
                                "crm.delivery.poll-ms", "50",
                                "crm.delivery.breaker-threshold", "1000"),
                        CrmUrlConnectors.class)
                .addPackage(ProbeApplication.class.getPackage())
                .addAsLibraries(zr7);
    }

    @ArquillianResource URL deployed;

    @BeforeAll
    static void startPartners() {
        wiremock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wiremock.start();
    }

    @AfterAll
    static void stopPartners() {
        wiremock.stop();
    }

    @Test
    void noPasswordTokenHashOrKeyIsEverLogged() throws Exception {
        ApiClient api = new ApiClient(deployed);
        api.awaitReady();
        StubPartners partners =
                new StubPartners(
                        api,
                        wiremock,
                        Map.of("Authorization", "Token " + INTAKE_KEY),
                        Duration.ofSeconds(60));
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("sealing key", SECRETS_KEY);

        // Logins: right, wrong, then a session used, ended and used again; an unknown token.
        JsonObject admin = StaffSessions.create(api, "admin");
        secrets.put("probe admin password", admin.getString("password"));
        secrets.put("probe admin token", admin.getString("token"));
        ApiClient.Staff staff = api.as(admin.getString("token"));
        String wrongPassword = "wrong-" + randomBase64(12);
        secrets.put("wrong password", wrongPassword);
        assertThat(login(api, admin.getString("email"), wrongPassword).statusCode()).isEqualTo(401);
        HttpResponse<String> loggedIn =
                login(api, admin.getString("email"), admin.getString("password"));
        assertThat(loggedIn.statusCode()).isEqualTo(200);
        String token = json(loggedIn).getString("token");
        secrets.put("login token", token);
        ApiClient.Staff session = api.as(token);
        assertThat(session.get("api/auth/me").statusCode()).isEqualTo(200);
        assertThat(session.post("api/auth/logout", "{}").statusCode()).isEqualTo(200);
        assertThat(session.get("api/auth/me").statusCode()).isEqualTo(401);
        String forged = randomBase64(32);
        secrets.put("unknown token", forged);
        assertThat(api.as(forged).get("api/auth/me").statusCode()).isEqualTo(401);

        // A user created with a password, which is then changed; its own session.
        String firstPassword = "Pw-" + randomBase64(15);
        String secondPassword = "Pw-" + randomBase64(15);
        secrets.put("created user's password", firstPassword);
        secrets.put("changed password", secondPassword);
        String email = "logs-" + System.nanoTime() + "@test.example";
        HttpResponse<String> created =
                staff.post(
                        "api/auth/users",
                        Json.createObjectBuilder()
                                .add("email", email)
                                .add("password", firstPassword)
                                .add("nom", "Journal")
                                .add("role", "editor")
                                .build()
                                .toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String userId = json(created).getJsonObject("user").getString("id");
        HttpResponse<String> userLogin = login(api, email, firstPassword);
        assertThat(userLogin.statusCode()).isEqualTo(200);
        secrets.put("user token", json(userLogin).getString("token"));
        HttpResponse<String> changed =
                staff.put(
                        "api/auth/users/" + userId,
                        Json.createObjectBuilder()
                                .add("password", secondPassword)
                                .build()
                                .toString());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        HttpResponse<String> secondLogin = login(api, email, secondPassword);
        assertThat(secondLogin.statusCode()).isEqualTo(200);
        secrets.put("second user token", json(secondLogin).getString("token"));

        // Partners whose answers echo their own key: 500 (retried, then failed) and 403; and a
        // partner that cannot be reached at all.
        Partner failing =
                partners.answering(500, key -> "{\"message\":\"panne, clé reçue " + key + "\"}");
        Partner refusing =
                partners.answering(403, key -> "{\"message\":\"Clé invalide: " + key + "\"}");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Partner gone =
                partners.register(
                        "gone" + System.nanoTime(),
                        "http://localhost:" + closedPort + "/lead/api/create_lead/",
                        "");
        secrets.put("failing partner's key", failing.key());
        secrets.put("refusing partner's key", refusing.key());
        secrets.put("unreachable partner's key", gone.key());
        String redistribution = "redistribution-" + randomBase64(18);
        secrets.put("redistribution key", redistribution);
        HttpResponse<String> put =
                staff.put(
                        "api/settings/redistribution-keys/" + refusing.crmId() + "/PV",
                        Json.createObjectBuilder()
                                .add("api_key", redistribution)
                                .build()
                                .toString());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(staff.get("api/settings/redistribution-keys").statusCode()).isEqualTo(200);

        String failed = partners.submit(failing, newPhone());
        String refused = partners.submit(refusing, newPhone());
        String unreachable = partners.submit(gone, newPhone());
        partners.awaitLead(failed, status("failed"));
        partners.awaitLead(refused, status("auth_error"));
        partners.awaitLead(unreachable, status("failed"));
        assertThat(partners.received(failing)).hasSize(2);

        for (String id : List.of(admin.getString("user_id"), userId)) {
            HttpResponse<String> hash = api.get("probe/log/hash/" + id);
            assertThat(hash.statusCode()).isEqualTo(200);
            secrets.put("password hash of " + id, json(hash).getString("hash"));
        }

        String marker = "log-capture-marker-" + UUID.randomUUID();
        HttpResponse<String> log = api.get("probe/log?marker=" + marker);
        assertThat(log.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        json(log)
                .getJsonArray("lines")
                .getValuesAs(JsonString.class)
                .forEach(s -> lines.add(s.getString()));

        // The capture sees the server's log: the marker, and the server's own start-up lines.
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(marker));
        assertThat(lines.size()).isGreaterThan(5);
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            assertThat(lines)
                    .as("log lines holding the " + secret.getKey())
                    .noneSatisfy(l -> assertThat(l).contains(secret.getValue()));
        }
    }

    private static HttpResponse<String> login(ApiClient api, String email, String password)
            throws Exception {
        return api.send(
                "POST",
                "api/auth/login",
                Json.createObjectBuilder()
                        .add("email", email)
                        .add("password", password)
                        .build()
                        .toString(),
                Map.of());
    }

    private static String randomBase64(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int count) {
        byte[] b = new byte[count];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
