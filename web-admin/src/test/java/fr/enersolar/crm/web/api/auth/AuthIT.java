package fr.enersolar.crm.web.api.auth;

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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff login, sessions and the permission filter over real HTTP on Payara Micro, through Jakarta
 * Security's mechanism and identity store: tokens, expiry, logout, lockout, deactivation at once,
 * and the seed's messages.
 */
@ExtendWith(ArquillianExtension.class)
class AuthIT {

    private static ApiClient api;

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore(Map.of("crm.security.login-max-failures", "3"));
    }

    @BeforeEach
    void ready() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
    }

    @Test
    void loginAnswersATokenAndTheUserWithoutItsHash() throws Exception {
        JsonObject staff = StaffSessions.create(api, "editor");

        HttpResponse<String> answer = login(staff.getString("email"), staff.getString("password"));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject body = json(answer);
        assertThat(body.getString("token")).hasSizeGreaterThanOrEqualTo(40);
        JsonObject user = body.getJsonObject("user");
        assertThat(user.keySet())
                .containsExactlyInAnyOrder("id", "email", "nom", "role", "permissions");
        assertThat(user.getString("role")).isEqualTo("editor");
        assertThat(user.getJsonObject("permissions").getBoolean("accounts")).isTrue();
        assertThat(user.getJsonObject("permissions").getBoolean("users")).isFalse();
        assertThat(answer.body()).doesNotContain("PBKDF2").doesNotContain("password");
    }

    @Test
    void theEmailIsTrimmedAndLowerCased() throws Exception {
        JsonObject staff = StaffSessions.create(api, "viewer");

        HttpResponse<String> answer =
                login(
                        "  " + staff.getString("email").toUpperCase() + " ",
                        staff.getString("password"));

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
        JsonObject staff = StaffSessions.create(api, "viewer");

        HttpResponse<String> wrong = login(staff.getString("email"), "not-the-password");
        HttpResponse<String> unknown = login("nobody-" + System.nanoTime() + "@test.example", "x");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json(wrong).getString("detail")).isEqualTo("Email ou mot de passe incorrect");
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        HttpResponse<String> answer =
                api.send("POST", "api/auth/login", "{\"email\":\"a@b.c\"}", Map.of());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"password\"");
    }

    @Test
    void meShowsTheCallerAndLogoutEndsTheSession() throws Exception {
        JsonObject staff = StaffSessions.create(api, "viewer");
        ApiClient.Staff as = api.as(staff.getString("token"));

        HttpResponse<String> me = as.get("api/auth/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json(me).getString("email")).isEqualTo(staff.getString("email"));
        assertThat(json(me).getBoolean("active")).isTrue();
        assertThat(me.body()).doesNotContain("password").doesNotContain("PBKDF2");

        HttpResponse<String> logout = as.post("api/auth/logout", null);
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(json(logout).getBoolean("success")).isTrue();

        HttpResponse<String> after = as.get("api/auth/me");
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(json(after).getString("detail")).isEqualTo("Session expirée");
    }

    @Test
    void withoutATokenTheAnswerIs401NonAuthentifie() throws Exception {
        HttpResponse<String> answer = api.get("api/auth/me");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(json(answer).getString("detail")).isEqualTo("Non authentifié");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void anUnknownTokenIsAnExpiredSession() throws Exception {
        HttpResponse<String> answer = api.as("made-up-token").get("api/auth/me");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(json(answer).getString("detail")).isEqualTo("Session expirée");
    }

    @Test
    void anExpiredSessionNoLongerWorks() throws Exception {
        JsonObject staff = StaffSessions.create(api, "admin");
        String expired =
                json(api.post("probe/staff/" + staff.getString("user_id") + "/expired-session"))
                        .getString("token");

        assertThat(api.as(expired).get("api/auth/me").statusCode()).isEqualTo(401);
        assertThat(api.as(staff.getString("token")).get("api/auth/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aDeactivatedUserLosesItsSessionAtOnceAndCannotLogIn() throws Exception {
        JsonObject staff = StaffSessions.create(api, "editor");
        ApiClient.Staff as = api.as(staff.getString("token"));
        assertThat(as.get("api/auth/me").statusCode()).isEqualTo(200);

        api.post("probe/staff/" + staff.getString("user_id") + "/deactivate");

        assertThat(as.get("api/auth/me").statusCode()).isEqualTo(401);
        HttpResponse<String> again = login(staff.getString("email"), staff.getString("password"));
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(json(again).getString("detail")).isEqualTo("Compte désactivé");
    }

    @Test
    void tooManyFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        JsonObject staff = StaffSessions.create(api, "viewer");
        String email = staff.getString("email");

        assertThat(login(email, "wrong-1").statusCode()).isEqualTo(401);
        assertThat(login(email, "wrong-2").statusCode()).isEqualTo(401);
        HttpResponse<String> third = login(email, "wrong-3");
        HttpResponse<String> right = login(email, staff.getString("password"));

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(s -> assertThat(s).isBetween(800L, 900L));
        assertThat(json(right).getString("detail")).startsWith("Compte verrouillé");
        // the session opened before the lock still works: locking stops guessing, not work
        assertThat(api.as(staff.getString("token")).get("api/auth/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() throws Exception {
        JsonObject staff = StaffSessions.create(api, "viewer");
        String email = staff.getString("email");

        login(email, "wrong-1");
        login(email, "wrong-2");
        assertThat(login(email, staff.getString("password")).statusCode()).isEqualTo(200);
        login(email, "wrong-3");
        login(email, "wrong-4");

        assertThat(login(email, staff.getString("password")).statusCode()).isEqualTo(200);
    }

    @Test
    void theServersPbkdf2PasswordHashVerifiesOurStoredHashes() throws Exception {
        JsonObject interop = json(api.post("probe/staff/hash-interop"));

        assertThat(interop.getString("hash_prefix")).isEqualTo("PBKDF2WithHmacSHA512:1000");
        assertThat(interop.getBoolean("right")).isTrue();
        assertThat(interop.getBoolean("wrong")).isFalse();
    }

    private static HttpResponse<String> login(String email, String password) throws Exception {
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

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
