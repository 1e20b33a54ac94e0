package fr.enersolar.crm.web.api.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.dropin.DropInJars;
import fr.enersolar.crm.web.dropin.EchoConnectorFactory;
import fr.enersolar.crm.web.dropin.ThirdConnectorFactory;
import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connectors API over real HTTP on Payara Micro, with a connectors folder ({@code
 * crm.connectors.dir}) holding a connector jar built by the test from classes the deployed WAR does
 * not have, and a broken jar: the application lists the first, reports the second, builds the
 * drop-in connector for a CRM, and finds a jar dropped while it runs after a rescan.
 */
@ExtendWith(ArquillianExtension.class)
class ConnectorsIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static Path folder;
    private static ApiClient api;

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        try {
            Files.createDirectories(Path.of("target"));
            folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "connectors-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DropInJars.build(folder.resolve("echo-connector.jar"), EchoConnectorFactory.class, "1.4.2");
        DropInJars.broken(folder.resolve("broken.jar"));
        return Deployments.webAdminWithCore(
                Map.of("crm.connectors.dir", folder.toString().replace("\\", "/")));
    }

    @BeforeEach
    void ready() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
    }

    @Test
    void listsTheDropInConnectorWithItsSettingsAndReportsTheBrokenJar() throws Exception {
        HttpResponse<String> answer = StaffSessions.as(api, "admin").get("api/connectors");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject body = json(answer);
        JsonObject echo = connector(body, "echo");
        assertThat(echo.getString("display_name")).isEqualTo("Echo (test)");
        assertThat(echo.getString("version")).isEqualTo("1.4.2");
        assertThat(echo.getJsonObject("source").getString("type")).isEqualTo("folder");
        assertThat(echo.getJsonObject("source").getString("jar")).isEqualTo("echo-connector.jar");
        List<JsonObject> settings = echo.getJsonArray("settings").getValuesAs(JsonObject.class);
        assertThat(settings)
                .extracting(s -> s.getString("key"))
                .containsExactly("api_url", "token", "read_timeout_ms");
        assertThat(settings.get(0).getString("type")).isEqualTo("url");
        assertThat(settings.get(0).getBoolean("required")).isTrue();
        assertThat(settings.get(0).getString("label")).isEqualTo("URL de l'API");
        assertThat(settings.get(1).getBoolean("secret")).isTrue();
        assertThat(settings.get(2).getString("default")).isEqualTo("15000");
        assertThat(body.getJsonArray("problems").getValuesAs(JsonObject.class))
                .anySatisfy(
                        p -> {
                            assertThat(p.getString("source")).isEqualTo("broken.jar");
                            assertThat(p.getString("reason"))
                                    .isEqualTo("classe introuvable : com.example.Missing");
                        });
    }

    @Test
    void aJarDroppedWhileTheApplicationRunsIsFoundByARescan() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        DropInJars.build(
                folder.resolve("third-connector.jar"), ThirdConnectorFactory.class, "0.1.0");

        HttpResponse<String> rescan = admin.post("api/connectors/rescan", null);

        assertThat(rescan.statusCode()).isEqualTo(200);
        assertThat(json(rescan).getBoolean("success")).isTrue();
        assertThat(connector(json(rescan), "third").getJsonObject("source").getString("jar"))
                .isEqualTo("third-connector.jar");
        assertThat(connector(json(admin.get("api/connectors")), "third").getString("version"))
                .isEqualTo("0.1.0");
    }

    @Test
    void onlyAdministratorsRescanAndTheConnectorsSectionIsNeededToRead() throws Exception {
        ApiClient.Staff viewer =
                api.as(StaffSessions.create(api, "viewer", "connectors").getString("token"));
        assertThat(viewer.get("api/connectors").statusCode()).isEqualTo(200);
        assertThat(viewer.post("api/connectors/rescan", null).statusCode()).isEqualTo(403);
        assertThat(StaffSessions.as(api, "editor").get("api/connectors").statusCode())
                .isEqualTo(403);
        assertThat(api.get("api/connectors").statusCode()).isEqualTo(401);
    }

    @Test
    void aCrmUsesTheDropInConnectorWithCheckedSettingsAndMaskedSecrets() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String crm = createCrm("acme-" + suffix());
        String token = "tok-" + HexFormat.of().formatHex(randomBytes());
        String ending = token.substring(token.length() - 4);

        JsonObject initial = json(admin.get("api/crms/" + crm + "/connector"));
        assertThat(initial.getString("connector_id")).startsWith("acme-");
        assertThat(initial.getBoolean("installed")).isFalse();
        assertThat(initial.get("connector")).isEqualTo(JsonValue.NULL);

        HttpResponse<String> refused =
                admin.put(
                        "api/crms/" + crm + "/connector",
                        "{\"connector_id\":\"echo\",\"settings\":{\"api_url\":\"pas une url\"}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(detail(refused).getString("field")).isEqualTo("settings.api_url");
        assertThat(detail(refused).getString("reason")).contains("URL de l'API");

        HttpResponse<String> saved =
                admin.put(
                        "api/crms/" + crm + "/connector",
                        "{\"connector_id\":\"echo\",\"settings\":{\"api_url\":\"https://a.example/leads\","
                                + "\"token\":\""
                                + token
                                + "\",\"read_timeout_ms\":5000}}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(token);
        JsonObject settings = json(saved).getJsonObject("settings");
        assertThat(settings.getString("token")).isEqualTo("****" + ending);
        assertThat(settings.getString("read_timeout_ms")).isEqualTo("5000");
        assertThat(json(saved).getJsonObject("connector").getString("id")).isEqualTo("echo");
        // Stored sealed: the CRM's document holds no clear token; the connector gets it clear.
        String stored = api.get("probe/admin/crms/" + crm + "/stored").body();
        assertThat(stored).doesNotContain(token);
        assertThat(
                        Json.createReader(new StringReader(stored))
                                .readObject()
                                .getJsonObject("connector_settings")
                                .getString("token"))
                .startsWith("v1:");
        assertThat(liveConnector(crm))
                .isEqualTo(
                        "echo:https://a.example/leads:sha256="
                                + EchoConnectorFactory.sha256(token));

        // The masked secret sent back keeps the stored one; the new URL rebuilds the connector.
        HttpResponse<String> resaved =
                admin.put(
                        "api/crms/" + crm + "/connector",
                        "{\"settings\":{\"api_url\":\"https://b.example/leads\",\"token\":\"****"
                                + ending
                                + "\"}}");
        assertThat(resaved.statusCode()).isEqualTo(200);
        JsonObject read = json(admin.get("api/crms/" + crm + "/connector"));
        assertThat(read.getJsonObject("settings").getString("token")).isEqualTo("****" + ending);
        assertThat(read.getBoolean("installed")).isTrue();
        assertThat(liveConnector(crm))
                .isEqualTo(
                        "echo:https://b.example/leads:sha256="
                                + EchoConnectorFactory.sha256(token));
        assertThat(api.get("probe/admin/crms/" + crm + "/stored").body()).doesNotContain(token);

        String activity = api.get("probe/admin/activity?subject=" + crm).body();
        assertThat(activity)
                .contains("\"action\":\"update\"")
                .contains("****" + ending)
                .doesNotContain(token);
    }

    @Test
    void unknownCrmsAndConnectorsAndBadBodiesAreRefused() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String crm = createCrm("other-" + suffix());

        HttpResponse<String> unknownCrm =
                admin.get("api/crms/00000000-0000-4000-8000-000000000000/connector");
        assertThat(unknownCrm.statusCode()).isEqualTo(404);
        assertThat(json(unknownCrm).getString("detail")).isEqualTo("CRM non trouvé");
        assertThat(admin.get("api/crms/not-an-id/connector").statusCode()).isEqualTo(404);

        HttpResponse<String> unknownConnector =
                admin.put("api/crms/" + crm + "/connector", "{\"connector_id\":\"nope\"}");
        assertThat(unknownConnector.statusCode()).isEqualTo(400);
        assertThat(detail(unknownConnector).getString("field")).isEqualTo("connector_id");

        HttpResponse<String> wrongType =
                admin.put("api/crms/" + crm + "/connector", "{\"settings\":[\"x\"]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(detail(wrongType).getString("field")).isEqualTo("settings");

        ApiClient.Staff viewer =
                api.as(StaffSessions.create(api, "viewer", "connectors").getString("token"));
        assertThat(viewer.put("api/crms/" + crm + "/connector", "{}").statusCode()).isEqualTo(403);
    }

    private static String createCrm(String slug) throws Exception {
        HttpResponse<String> created = api.post("probe/admin/crms?name=" + slug + "&slug=" + slug);
        assertThat(created.statusCode()).isEqualTo(200);
        return json(created).getString("id");
    }

    private static String liveConnector(String crm) throws Exception {
        JsonObject live = json(api.get("probe/admin/crms/" + crm + "/live-connector"));
        assertThat(live.getBoolean("present")).isTrue();
        return live.getString("description");
    }

    private static JsonObject connector(JsonObject body, String id) {
        return body.getJsonArray("connectors").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no connector " + id + " in " + body));
    }

    private static JsonObject detail(HttpResponse<String> answer) {
        return json(answer).getJsonArray("detail").getJsonObject(0);
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String suffix() {
        return HexFormat.of().formatHex(randomBytes()).substring(0, 8);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
