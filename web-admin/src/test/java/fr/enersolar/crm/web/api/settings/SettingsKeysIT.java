package fr.enersolar.crm.web.api.settings;

import static fr.enersolar.crm.web.testing.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.Json;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The v1 intake key endpoints and the redistribution keys over real HTTP on Payara Micro: who may
 * read the publishable key, regeneration taking effect on intake and logged masked; partner keys
 * shown once, listed masked, stored sealed, opened for delivery with the every-product fallback.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsKeysIT {

    private static final String KEYS = "api/settings/redistribution-keys/";

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

    // --- the v1 intake key

    @Test
    void whoeverMayReadFormsReadsTheOneKeyInForce() throws Exception {
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        JsonObject auth = object(viewer.get("api/auth/api-key"));
        JsonObject settings = object(viewer.get("api/settings/api-key"));
        JsonObject config = object(admin.get("api/config/api-key"));

        assertThat(auth.getString("api_key")).startsWith("crm_").hasSizeGreaterThan(40);
        assertThat(settings.getString("api_key")).isEqualTo(auth.getString("api_key"));
        assertThat(settings.getString("usage")).isEqualTo("Authorization: Token VOTRE_CLE");
        assertThat(config.getString("api_key")).isEqualTo(auth.getString("api_key"));
        assertThat(config.getBoolean("created")).isFalse();
    }

    @Test
    void theSettingsKeyEndpointsAreForSettingsAdministrators() throws Exception {
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        ApiClient.Staff noForms =
                api.as(StaffSessions.create(api, "editor", "dashboard").getString("token"));

        assertThat(api.get("api/auth/api-key").statusCode()).isEqualTo(401);
        assertThat(noForms.get("api/auth/api-key").statusCode()).isEqualTo(403);
        assertThat(viewer.get("api/config/api-key").statusCode()).isEqualTo(403);
        assertThat(editor.get("api/config/api-key").statusCode()).isEqualTo(403);
        assertThat(editor.post("api/config/api-key/regenerate", null).statusCode()).isEqualTo(403);
    }

    @Test
    void regeneratingReplacesTheIntakeKeyAndLogsItMasked() throws Exception {
        JsonObject adminUser = StaffSessions.create(api, "admin");
        ApiClient.Staff admin = api.as(adminUser.getString("token"));
        String old = object(admin.get("api/config/api-key")).getString("api_key");

        HttpResponse<String> answer = admin.post("api/config/api-key/regenerate", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        String fresh = object(answer).getString("api_key");
        assertThat(object(answer).getBoolean("regenerated")).isTrue();
        assertThat(fresh).isNotEqualTo(old).startsWith("crm_");
        assertThat(object(admin.get("api/auth/api-key")).getString("api_key")).isEqualTo(fresh);
        // intake reads the key at most every 5 seconds
        awaitIntakeStatus(old, 401);
        awaitIntakeAccepts(fresh);

        JsonObject log =
                object(
                                admin.get(
                                        "api/auth/activity-logs?entity_type=api_key&user_id="
                                                + adminUser.getString("user_id")))
                        .getJsonArray("logs")
                        .getJsonObject(0);
        assertThat(log.getString("action")).isEqualTo("update");
        JsonObject details = log.getJsonObject("details");
        assertThat(details.getJsonObject("before").getString("api_key"))
                .isEqualTo("****" + old.substring(old.length() - 4));
        assertThat(details.getJsonObject("after").getString("api_key"))
                .isEqualTo("****" + fresh.substring(fresh.length() - 4));
        assertThat(log.toString()).doesNotContain(old).doesNotContain(fresh);
    }

    private static HttpResponse<String> intake(String key) throws Exception {
        return api.post(
                "api/v1/leads",
                Json.of("form_id", "PV-999", "phone", "0612345678", "nom", "Test"),
                Map.of("Authorization", "Token " + key));
    }

    private static void awaitIntakeStatus(String key, int status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> last = intake(key);
        while (last.statusCode() != status && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
            last = intake(key);
        }
        assertThat(last.statusCode()).as(last.body()).isEqualTo(status);
    }

    private static void awaitIntakeAccepts(String key) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> last = intake(key);
        while (last.statusCode() == 401 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(250);
            last = intake(key);
        }
        // an unknown form: stored as an orphan, but past the key check
        assertThat(last.statusCode()).as(last.body()).isNotEqualTo(401);
    }

    // --- redistribution keys

    private static String newCrm() throws Exception {
        return object(api.post("probe/settings-probe/crms")).getString("id");
    }

    private static String newKey() {
        return "pk_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static HttpResponse<String> opened(String crm, String product) throws Exception {
        return api.get("probe/settings-probe/redistribution-keys/" + crm + "/" + product + "/open");
    }

    @Test
    void aKeyIsShownOnceThenListedMaskedAndStoredSealed() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String crm = newCrm();
        String key = newKey();

        HttpResponse<String> set = admin.put(KEYS + crm + "/pv", Json.of("api_key", key));

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        JsonObject shown = object(set).getJsonObject("key");
        assertThat(shown.getString("api_key")).isEqualTo(key);
        assertThat(shown.getString("api_key_masked"))
                .isEqualTo("****" + key.substring(key.length() - 4));
        assertThat(shown.getString("product_type")).isEqualTo("PV");
        HttpResponse<String> list = admin.get("api/settings/redistribution-keys");
        assertThat(list.body()).doesNotContain(key).contains(shown.getString("api_key_masked"));
        JsonObject listed =
                object(list).getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                        .filter(k -> k.getString("crm_id").equals(crm))
                        .findFirst()
                        .orElseThrow();
        assertThat(listed.getString("crm_slug")).startsWith("t");
        assertThat(listed.containsKey("api_key")).isFalse();
        String raw = api.get("probe/settings-probe/redistribution-keys/raw").body();
        assertThat(raw).doesNotContain(key).contains("\"sealed_key\": \"v1:");
        assertThat(object(opened(crm, "PV")).getString("key")).isEqualTo(key);
    }

    @Test
    void theEveryProductKeyServesTheProductsWithoutTheirOwn() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String crm = newCrm();
        String any = newKey();
        String pac = newKey();

        assertThat(admin.put(KEYS + crm + "/*", Json.of("api_key", any)).statusCode())
                .isEqualTo(200);
        assertThat(admin.put(KEYS + crm + "/PAC", Json.of("api_key", pac)).statusCode())
                .isEqualTo(200);

        assertThat(object(opened(crm, "PV")).getString("key")).isEqualTo(any);
        assertThat(object(opened(crm, "PAC")).getString("key")).isEqualTo(pac);
        HttpResponse<String> deleted = admin.delete(KEYS + crm + "/PAC");
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(object(opened(crm, "PAC")).getString("key")).isEqualTo(any);
        assertThat(admin.delete(KEYS + crm + "/%2A").statusCode()).isEqualTo(200);
        assertThat(opened(crm, "ITE").statusCode()).isEqualTo(404);
        HttpResponse<String> again = admin.delete(KEYS + crm + "/PAC");
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(object(again).getString("detail")).isEqualTo("Clé non trouvée");
    }

    @Test
    void replacingAKeyIsLoggedWithBothValuesMasked() throws Exception {
        JsonObject adminUser = StaffSessions.create(api, "admin");
        ApiClient.Staff admin = api.as(adminUser.getString("token"));
        String crm = newCrm();
        String first = newKey();
        String second = newKey();

        admin.put(KEYS + crm + "/ITE", Json.of("api_key", first));
        admin.put(KEYS + crm + "/ITE", Json.of("api_key", second));

        String mine =
                "api/auth/activity-logs?entity_type=redistribution_key&user_id="
                        + adminUser.getString("user_id");
        HttpResponse<String> all = admin.get(mine);
        assertThat(all.body()).doesNotContain(first).doesNotContain(second);
        JsonObject update =
                object(admin.get(mine + "&action=update")).getJsonArray("logs").getJsonObject(0);
        JsonObject create =
                object(admin.get(mine + "&action=create")).getJsonArray("logs").getJsonObject(0);
        assertThat(update.getJsonObject("details").getJsonObject("before").getString("api_key"))
                .isEqualTo("****" + first.substring(first.length() - 4));
        assertThat(update.getJsonObject("details").getJsonObject("after").getString("api_key"))
                .isEqualTo("****" + second.substring(second.length() - 4));
        assertThat(create.getJsonObject("details").containsKey("before")).isFalse();
        assertThat(create.getJsonObject("details").getJsonObject("after").getString("api_key"))
                .isEqualTo("****" + first.substring(first.length() - 4));
    }

    @Test
    void badCrmProductOrKeyIsRefusedByName() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String crm = newCrm();

        HttpResponse<String> unknownCrm =
                admin.put(KEYS + UUID.randomUUID() + "/PV", Json.of("api_key", newKey()));
        HttpResponse<String> product = admin.put(KEYS + crm + "/XX", Json.of("api_key", newKey()));
        HttpResponse<String> shortKey = admin.put(KEYS + crm + "/PV", Json.of("api_key", "abc"));
        HttpResponse<String> spaces =
                admin.put(KEYS + crm + "/PV", Json.of("api_key", "with a space inside"));
        HttpResponse<String> missing = admin.put(KEYS + crm + "/PV", "{}");

        assertThat(unknownCrm.statusCode()).isEqualTo(404);
        assertThat(object(unknownCrm).getString("detail")).isEqualTo("CRM non trouvé");
        assertThat(product.statusCode()).isEqualTo(400);
        assertThat(product.body()).contains("\"field\":\"product_type\"");
        assertThat(shortKey.body()).contains("\"field\":\"api_key\"");
        assertThat(spaces.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"api_key\"");
        assertThat(opened(crm, "PV").statusCode()).isEqualTo(404);
    }

    @Test
    void partnerKeysAreReadWithTheSettingsSectionAndWrittenByItsAdministrators() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        ApiClient.Staff editorWithSettings =
                api.as(StaffSessions.create(api, "editor", "settings").getString("token"));
        String crm = newCrm();

        assertThat(editor.get("api/settings/redistribution-keys").statusCode()).isEqualTo(403);
        assertThat(editorWithSettings.get("api/settings/redistribution-keys").statusCode())
                .isEqualTo(200);
        assertThat(
                        editorWithSettings
                                .put(KEYS + crm + "/PV", Json.of("api_key", newKey()))
                                .statusCode())
                .isEqualTo(403);
        assertThat(editorWithSettings.delete(KEYS + crm + "/PV").statusCode()).isEqualTo(403);
    }
}
