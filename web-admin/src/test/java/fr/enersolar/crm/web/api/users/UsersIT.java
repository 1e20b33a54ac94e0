package fr.enersolar.crm.web.api.users;

import static fr.enersolar.crm.web.testing.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.Json;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/auth/users} over real HTTP on Payara Micro: creation with a hashed password, the
 * password policy, paging, updates of role and permissions, deactivation ending sessions at once,
 * password changes ending the other sessions, self-protection, and the activity log's before and
 * after values.
 */
@ExtendWith(ArquillianExtension.class)
class UsersIT {

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

    private static String newEmail() {
        return "user-" + UUID.randomUUID() + "@test.example";
    }

    private static String newPassword() {
        return "pw-" + UUID.randomUUID();
    }

    private static HttpResponse<String> login(String email, String password) throws Exception {
        return api.send(
                "POST", "api/auth/login", Json.of("email", email, "password", password), Map.of());
    }

    private static JsonObject createUser(ApiClient.Staff admin, String role, String password)
            throws Exception {
        HttpResponse<String> created =
                admin.post(
                        "api/auth/users",
                        Json.of(
                                "email",
                                newEmail(),
                                "password",
                                password,
                                "nom",
                                "Camille Martin",
                                "role",
                                role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return object(created).getJsonObject("user");
    }

    @Test
    void createsAUserWhoCanLogInAndNeverShowsTheHash() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String password = newPassword();

        JsonObject user = createUser(admin, "editor", password);

        assertThat(user.getString("role")).isEqualTo("editor");
        assertThat(user.getBoolean("active")).isTrue();
        assertThat(user.getJsonObject("permissions").getBoolean("accounts")).isTrue();
        assertThat(user.getJsonObject("permissions").getBoolean("users")).isFalse();
        assertThat(user.toString()).doesNotContain("PBKDF2").doesNotContain(password);
        assertThat(login(user.getString("email"), password).statusCode()).isEqualTo(200);
        HttpResponse<String> list = admin.get("api/auth/users?limit=200");
        assertThat(list.body()).doesNotContain("PBKDF2").doesNotContain("password_hash");
    }

    @Test
    void refusesAShortPasswordSayingHowLongItMustBe() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        HttpResponse<String> answer =
                admin.post(
                        "api/auth/users",
                        Json.of("email", newEmail(), "password", "short-pw", "nom", "X"));

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonObject problem = object(answer).getJsonArray("detail").getJsonObject(0);
        assertThat(problem.getString("field")).isEqualTo("password");
        assertThat(problem.getString("reason")).contains("au moins 10 caractères");
    }

    @Test
    void refusesAKnownEmailAnUnknownRoleAndAnUnknownSection() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject user = createUser(admin, "viewer", newPassword());

        HttpResponse<String> again =
                admin.post(
                        "api/auth/users",
                        Json.of(
                                "email",
                                user.getString("email").toUpperCase(),
                                "password",
                                newPassword()));
        HttpResponse<String> role =
                admin.post(
                        "api/auth/users",
                        Json.of("email", newEmail(), "password", newPassword(), "role", "boss"));
        HttpResponse<String> section =
                admin.post(
                        "api/auth/users",
                        "{\"email\":\""
                                + newEmail()
                                + "\",\"password\":\"0123456789ab\",\"permissions\":{\"user\":true}}");

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(object(again).getString("detail")).isEqualTo("Cet email existe déjà");
        assertThat(role.statusCode()).isEqualTo(400);
        assertThat(role.body()).contains("\"field\":\"role\"");
        assertThat(section.statusCode()).isEqualTo(400);
        assertThat(section.body()).contains("\"field\":\"permissions.user\"");
    }

    @Test
    void aPartialPermissionsObjectIsFilledWithTheSeedDefaults() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        HttpResponse<String> answer =
                admin.post(
                        "api/auth/users",
                        "{\"email\":\""
                                + newEmail()
                                + "\",\"password\":\"0123456789ab\",\"role\":\"viewer\","
                                + "\"permissions\":{\"leads\":false,\"settings\":true}}");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject permissions = object(answer).getJsonObject("user").getJsonObject("permissions");
        assertThat(permissions.getBoolean("leads")).isFalse();
        assertThat(permissions.getBoolean("settings")).isTrue();
        assertThat(permissions.getBoolean("accounts")).isTrue();
        assertThat(permissions.getBoolean("users")).isFalse();
    }

    @Test
    void listsUsersPageByPageWithTheTotal() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        createUser(admin, "viewer", newPassword());
        createUser(admin, "viewer", newPassword());

        JsonObject first = object(admin.get("api/auth/users?limit=2&skip=0"));
        JsonObject second = object(admin.get("api/auth/users?limit=2&skip=2"));

        long total = first.getJsonNumber("total").longValue();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.getJsonArray("users")).hasSize(2);
        assertThat(first.getInt("limit")).isEqualTo(2);
        assertThat(second.getInt("skip")).isEqualTo(2);
        assertThat(ids(first.getJsonArray("users")))
                .doesNotContainAnyElementsOf(ids(second.getJsonArray("users")));
        assertThat(admin.get("api/auth/users?limit=0").statusCode()).isEqualTo(400);
        assertThat(admin.get("api/auth/users?limit=201").body()).contains("\"field\":\"limit\"");
        assertThat(admin.get("api/auth/users?skip=-1").statusCode()).isEqualTo(400);
    }

    private static java.util.List<String> ids(JsonArray users) {
        return users.getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).toList();
    }

    @Test
    void deactivatingThroughPutEndsTheUsersSessionsAtOnce() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject target = StaffSessions.create(api, "editor");
        ApiClient.Staff session = api.as(target.getString("token"));
        assertThat(session.get("api/auth/me").statusCode()).isEqualTo(200);

        HttpResponse<String> answer =
                admin.put("api/auth/users/" + target.getString("user_id"), "{\"active\":false}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(object(answer).getJsonObject("user").getBoolean("active")).isFalse();
        assertThat(session.get("api/auth/me").statusCode()).isEqualTo(401);
        assertThat(sessionsEnded(admin, target.getString("user_id"), "update")).isEqualTo(1);
        // reactivated, the old token still does not come back: it was deleted, not suspended
        admin.put("api/auth/users/" + target.getString("user_id"), "{\"active\":true}");
        assertThat(session.get("api/auth/me").statusCode()).isEqualTo(401);
        assertThat(login(target.getString("email"), target.getString("password")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void deleteIsASoftDeleteThatEndsTheSessions() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject target = StaffSessions.create(api, "viewer");

        HttpResponse<String> answer = admin.delete("api/auth/users/" + target.getString("user_id"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(object(answer).getBoolean("success")).isTrue();
        assertThat(api.as(target.getString("token")).get("api/auth/me").statusCode())
                .isEqualTo(401);
        HttpResponse<String> again = login(target.getString("email"), target.getString("password"));
        assertThat(object(again).getString("detail")).isEqualTo("Compte désactivé");
        JsonObject log = lastLog(admin, target.getString("user_id"), "delete");
        assertThat(log.getJsonObject("details").getJsonObject("before").getBoolean("active"))
                .isTrue();
        assertThat(log.getJsonObject("details").getJsonObject("after").getBoolean("active"))
                .isFalse();
    }

    @Test
    void nobodyCanDeleteDeactivateOrDemoteThemselves() throws Exception {
        JsonObject me = StaffSessions.create(api, "admin");
        ApiClient.Staff admin = api.as(me.getString("token"));
        String path = "api/auth/users/" + me.getString("user_id");

        HttpResponse<String> delete = admin.delete(path);
        HttpResponse<String> deactivate = admin.put(path, "{\"active\":false}");
        HttpResponse<String> demote = admin.put(path, "{\"role\":\"editor\"}");
        HttpResponse<String> noUsers = admin.put(path, "{\"permissions\":{\"users\":false}}");

        assertThat(delete.statusCode()).isEqualTo(400);
        assertThat(object(delete).getString("detail"))
                .isEqualTo("Impossible de supprimer votre propre compte");
        assertThat(object(deactivate).getString("detail"))
                .isEqualTo("Impossible de désactiver votre propre compte");
        assertThat(demote.statusCode()).isEqualTo(400);
        assertThat(noUsers.statusCode()).isEqualTo(400);
        assertThat(admin.get("api/auth/me").statusCode()).isEqualTo(200);
    }

    @Test
    void changingTheRoleResetsThePermissionsAndIsLoggedBeforeAndAfter() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject target = StaffSessions.create(api, "viewer");
        String id = target.getString("user_id");

        HttpResponse<String> answer =
                admin.put("api/auth/users/" + id, "{\"role\":\"editor\",\"nom\":\"Léa\"}");

        JsonObject user = object(answer).getJsonObject("user");
        assertThat(user.getString("role")).isEqualTo("editor");
        assertThat(user.getString("nom")).isEqualTo("Léa");
        assertThat(user.getJsonObject("permissions").getBoolean("accounts")).isTrue();
        // the change applies to the open session at once
        JsonObject me = object(api.as(target.getString("token")).get("api/auth/me"));
        assertThat(me.getString("role")).isEqualTo("editor");
        JsonObject details = lastLog(admin, id, "update").getJsonObject("details");
        assertThat(details.getJsonArray("changed").getValuesAs(JsonValue::toString))
                .contains("\"role\"", "\"permissions\"", "\"nom\"");
        assertThat(details.getJsonObject("before").getString("role")).isEqualTo("viewer");
        assertThat(details.getJsonObject("after").getString("role")).isEqualTo("editor");
        assertThat(
                        details.getJsonObject("before")
                                .getJsonObject("permissions")
                                .getBoolean("accounts"))
                .isFalse();
    }

    @Test
    void anotherUsersNewPasswordEndsAllTheirSessions() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject target = StaffSessions.create(api, "editor");
        String newPassword = newPassword();

        HttpResponse<String> answer =
                admin.put(
                        "api/auth/users/" + target.getString("user_id"),
                        Json.of("password", newPassword));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(api.as(target.getString("token")).get("api/auth/me").statusCode())
                .isEqualTo(401);
        assertThat(login(target.getString("email"), target.getString("password")).statusCode())
                .isEqualTo(401);
        assertThat(login(target.getString("email"), newPassword).statusCode()).isEqualTo(200);
        JsonObject details =
                lastLog(admin, target.getString("user_id"), "update").getJsonObject("details");
        assertThat(details.toString()).doesNotContain(newPassword);
        assertThat(details.getJsonArray("changed").toString()).contains("password");
    }

    @Test
    void myOwnNewPasswordKeepsThisSessionAndEndsMyOthers() throws Exception {
        JsonObject me = StaffSessions.create(api, "admin");
        ApiClient.Staff here = api.as(me.getString("token"));
        String otherToken =
                object(login(me.getString("email"), me.getString("password"))).getString("token");

        HttpResponse<String> answer =
                here.put(
                        "api/auth/users/" + me.getString("user_id"),
                        Json.of("password", newPassword()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(here.get("api/auth/me").statusCode()).isEqualTo(200);
        assertThat(api.as(otherToken).get("api/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aNewPasswordFollowsThePolicyToo() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject target = StaffSessions.create(api, "viewer");

        HttpResponse<String> answer =
                admin.put(
                        "api/auth/users/" + target.getString("user_id"), "{\"password\":\"123\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"password\"").contains("10 caractères");
        assertThat(api.as(target.getString("token")).get("api/auth/me").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        HttpResponse<String> put =
                admin.put("api/auth/users/" + UUID.randomUUID(), "{\"nom\":\"x\"}");
        HttpResponse<String> delete = admin.delete("api/auth/users/not-a-uuid");

        assertThat(put.statusCode()).isEqualTo(404);
        assertThat(object(put).getString("detail")).isEqualTo("Utilisateur non trouvé");
        assertThat(delete.statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageUsers() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        // an editor given the users section still is not an administrator
        ApiClient.Staff editorWithUsers =
                api.as(StaffSessions.create(api, "editor", "users").getString("token"));

        assertThat(api.get("api/auth/users").statusCode()).isEqualTo(401);
        assertThat(editor.get("api/auth/users").statusCode()).isEqualTo(403);
        HttpResponse<String> post =
                editorWithUsers.post(
                        "api/auth/users", Json.of("email", newEmail(), "password", newPassword()));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(object(post).getString("detail")).isEqualTo("Accès admin requis");
    }

    @Test
    void creationIsLoggedWithTheRoleAndPermissions() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject user = createUser(admin, "viewer", newPassword());

        JsonObject log = lastLog(admin, user.getString("id"), "create");

        assertThat(log.getString("entity_type")).isEqualTo("user");
        assertThat(log.getString("entity_name")).isEqualTo(user.getString("email"));
        JsonObject after = log.getJsonObject("details").getJsonObject("after");
        assertThat(after.getString("role")).isEqualTo("viewer");
        assertThat(after.getJsonObject("permissions").getBoolean("users")).isFalse();
        assertThat(log.toString()).doesNotContain("PBKDF2");
    }

    /** The newest log entry of this action about this user. */
    private static JsonObject lastLog(ApiClient.Staff admin, String userId, String action)
            throws Exception {
        JsonArray logs =
                object(
                                admin.get(
                                        "api/auth/activity-logs?entity_type=user&action="
                                                + action
                                                + "&limit=500"))
                        .getJsonArray("logs");
        return logs.getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("entity_id").equals(userId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + action + " logged for " + userId));
    }

    private static long sessionsEnded(ApiClient.Staff admin, String userId, String action)
            throws Exception {
        JsonObject details = lastLog(admin, userId, action).getJsonObject("details");
        return details.containsKey("sessions_ended")
                ? details.getJsonNumber("sessions_ended").longValue()
                : 0;
    }
}
