package fr.enersolar.crm.web.api.activity;

import static fr.enersolar.crm.web.testing.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.Json;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/auth/activity-logs} and {@code GET /api/config/activity-logs} over real HTTP:
 * filters, counts and pages done by the store, newest first, and who may read the log.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityLogsIT {

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

    /** An administrator who has created three users: {@code token}, {@code user_id}. */
    private static JsonObject adminWithThreeCreations() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        ApiClient.Staff as = api.as(admin.getString("token"));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created =
                    as.post(
                            "api/auth/users",
                            Json.of(
                                    "email",
                                    "log-" + UUID.randomUUID() + "@test.example",
                                    "password",
                                    "pw-" + UUID.randomUUID()));
            assertThat(created.statusCode()).isEqualTo(200);
        }
        return admin;
    }

    @Test
    void filtersByUserEntityAndActionAndCountsThemAll() throws Exception {
        JsonObject admin = adminWithThreeCreations();
        ApiClient.Staff as = api.as(admin.getString("token"));
        String mine = "api/auth/activity-logs?user_id=" + admin.getString("user_id");

        JsonObject all = object(as.get(mine));
        JsonObject creations = object(as.get(mine + "&action=create&entity_type=user"));
        JsonObject logins = object(as.get(mine + "&action=login"));

        assertThat(all.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(creations.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(creations.getJsonArray("logs").getValuesAs(JsonObject.class))
                .allSatisfy(
                        l -> {
                            assertThat(l.getString("action")).isEqualTo("create");
                            assertThat(l.getString("user_id"))
                                    .isEqualTo(admin.getString("user_id"));
                            assertThat(l.getString("user_email"))
                                    .isEqualTo(admin.getString("email"));
                            assertThat(l.getString("ip_address")).isNotBlank();
                        });
        assertThat(logins.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(object(as.get(mine + "&entity_type=crm")).getJsonNumber("total").longValue())
                .isZero();
    }

    @Test
    void pagesNewestFirstWithTheTotalOfEveryPage() throws Exception {
        JsonObject admin = adminWithThreeCreations();
        ApiClient.Staff as = api.as(admin.getString("token"));
        String mine = "api/auth/activity-logs?user_id=" + admin.getString("user_id");

        JsonObject first = object(as.get(mine + "&limit=3&skip=0"));
        JsonObject second = object(as.get(mine + "&limit=3&skip=3"));

        assertThat(first.getJsonArray("logs")).hasSize(3);
        assertThat(second.getJsonArray("logs")).hasSize(1);
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(second.getJsonNumber("total").longValue()).isEqualTo(4);
        assertThat(first.getInt("limit")).isEqualTo(3);
        assertThat(second.getInt("skip")).isEqualTo(3);
        // the login came first, so it is last
        assertThat(second.getJsonArray("logs").getJsonObject(0).getString("action"))
                .isEqualTo("login");
        String newest = first.getJsonArray("logs").getJsonObject(0).getString("created_at");
        String oldest = second.getJsonArray("logs").getJsonObject(0).getString("created_at");
        assertThat(java.time.Instant.parse(newest))
                .isAfterOrEqualTo(java.time.Instant.parse(oldest));
    }

    @Test
    void malformedFiltersAreNamed() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        HttpResponse<String> action = admin.get("api/auth/activity-logs?action=dance");
        HttpResponse<String> user = admin.get("api/auth/activity-logs?user_id=bob");
        HttpResponse<String> limit = admin.get("api/auth/activity-logs?limit=501");

        assertThat(action.statusCode()).isEqualTo(400);
        assertThat(action.body()).contains("\"field\":\"action\"");
        assertThat(user.body()).contains("\"field\":\"user_id\"");
        assertThat(limit.body()).contains("\"field\":\"limit\"");
    }

    @Test
    void theSettingsViewAnswersLogsAndCount() throws Exception {
        JsonObject admin = adminWithThreeCreations();
        ApiClient.Staff as = api.as(admin.getString("token"));

        JsonObject answer =
                object(
                        as.get(
                                "api/config/activity-logs?limit=2&action=create&user_id="
                                        + admin.getString("user_id")));

        assertThat(answer.getJsonArray("logs")).hasSize(2);
        assertThat(answer.getInt("count")).isEqualTo(2);
        assertThat(answer.getJsonNumber("total").longValue()).isEqualTo(3);
    }

    @Test
    void theLogIsForAdministratorsAndWhoeverWasGivenTheUsersSection() throws Exception {
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        ApiClient.Staff editorWithUsers =
                api.as(StaffSessions.create(api, "editor", "users").getString("token"));

        assertThat(api.get("api/auth/activity-logs").statusCode()).isEqualTo(401);
        assertThat(viewer.get("api/config/activity-logs").statusCode()).isEqualTo(403);
        assertThat(editor.get("api/config/activity-logs").statusCode()).isEqualTo(403);
        assertThat(editorWithUsers.get("api/config/activity-logs").statusCode()).isEqualTo(200);
        assertThat(editorWithUsers.get("api/auth/activity-logs").statusCode()).isEqualTo(403);
    }
}
