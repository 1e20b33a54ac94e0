package fr.enersolar.crm.web.api.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
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
 * The brief endpoints over real HTTP on Payara Micro: the seed's keys, both form routes, 404 with
 * the seed's messages, permissions, and hostile values kept out of the scripts. The scripts
 * themselves run in a browser in {@link BriefInBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class BriefsIT {

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
    void anLpBriefHasTheSeedsKeysAndScriptsThatCallThisApplication() throws Exception {
        JsonObject created = landingPage(Json.createObjectBuilder().add("form_mode", "redirect"));

        HttpResponse<String> answer =
                StaffSessions.as(api, "viewer")
                        .get("api/lps/" + created.getString("lp_id") + "/brief");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject brief = json(answer);
        assertThat(brief.keySet())
                .containsExactlyInAnyOrder(
                        "mode",
                        "lp",
                        "form",
                        "liaison_code",
                        "account",
                        "scripts",
                        "script_count",
                        "lead_fields",
                        "api_url",
                        "tracking_type",
                        "redirect_url",
                        "warnings");
        assertThat(brief.getString("mode")).isEqualTo("redirect");
        assertThat(brief.getInt("script_count")).isEqualTo(2);
        assertThat(brief.getJsonObject("lp").getString("code"))
                .isEqualTo(created.getString("lp_code"));
        assertThat(brief.getJsonObject("form").getString("code"))
                .isEqualTo(created.getString("form_code"));
        assertThat(brief.getString("liaison_code"))
                .isEqualTo(created.getString("lp_code") + "_" + created.getString("form_code"));
        assertThat(brief.getJsonObject("account").keySet())
                .containsExactlyInAnyOrder("name", "logos", "gtm", "legal");
        assertThat(brief.getJsonObject("lead_fields").keySet())
                .containsExactly(
                        "identite",
                        "localisation",
                        "logement",
                        "energie",
                        "projet",
                        "tracking",
                        "consentement");
        String apiUrl = "http://127.0.0.1:" + deployed.getPort() + deployed.getPath();
        assertThat(brief.getString("api_url") + "/").isEqualTo(apiUrl);
        JsonObject scripts = brief.getJsonObject("scripts");
        assertThat(scripts.isNull("combined")).isTrue();
        assertThat(scripts.getString("lp")).contains("API_URL: \"" + brief.getString("api_url"));
        assertThat(scripts.getString("form"))
                .containsPattern("API_KEY: \"crm_[A-Za-z0-9_-]{43}\"")
                .doesNotContain("VOTRE_CLE_API");
        assertThat(brief.getJsonArray("warnings")).isEmpty();
    }

    @Test
    void anEmbeddedFormGetsOneScript() throws Exception {
        JsonObject created = landingPage(Json.createObjectBuilder().add("form_mode", "embedded"));

        JsonObject brief =
                json(
                        StaffSessions.as(api, "editor")
                                .get("api/lps/" + created.getString("lp_code") + "/brief"));

        assertThat(brief.getString("mode")).isEqualTo("embedded");
        assertThat(brief.getInt("script_count")).isEqualTo(1);
        assertThat(brief.getJsonObject("scripts").getString("combined"))
                .contains("window.submitLead");
        assertThat(brief.getJsonObject("scripts").isNull("lp")).isTrue();
    }

    @Test
    void bothFormRoutesAnswerTheSameBrief() throws Exception {
        JsonObject created = landingPage(Json.createObjectBuilder());
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");

        HttpResponse<String> current =
                viewer.get("api/forms/" + created.getString("form_id") + "/brief");
        HttpResponse<String> older = viewer.get("api/forms/brief/" + created.getString("form_id"));

        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(older.statusCode()).isEqualTo(200);
        JsonObject brief = json(current);
        assertThat(json(older)).isEqualTo(brief);
        assertThat(brief.keySet())
                .containsExactlyInAnyOrder(
                        "form",
                        "lp",
                        "liaison_code",
                        "account",
                        "scripts",
                        "lead_fields",
                        "api_url",
                        "warnings");
        assertThat(brief.getJsonObject("form").keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "code",
                        "name",
                        "url",
                        "product_type",
                        "tracking_type",
                        "redirect_url");
        assertThat(brief.getJsonObject("lp").getBoolean("linked")).isTrue();
        assertThat(brief.getJsonObject("lp").getString("code"))
                .isEqualTo(created.getString("lp_code"));
        assertThat(brief.getJsonObject("scripts").getString("form"))
                .contains("LP_CODE: \"" + created.getString("lp_code") + "\"");
    }

    @Test
    void missingRecordsAre404WithTheSeedsMessages() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject withoutForm = landingPage(Json.createObjectBuilder().add("store_form", false));
        JsonObject withoutAccount =
                landingPage(Json.createObjectBuilder().add("store_account", false));

        assertNotFound(admin.get("api/lps/" + UUID.randomUUID() + "/brief"), "LP non trouvée");
        assertNotFound(admin.get("api/lps/not-an-id/brief"), "LP non trouvée");
        assertNotFound(
                admin.get("api/lps/" + withoutForm.getString("lp_id") + "/brief"),
                "Form lié non trouvé");
        assertNotFound(
                admin.get("api/lps/" + withoutAccount.getString("lp_id") + "/brief"),
                "Compte non trouvé");
        assertNotFound(
                admin.get("api/forms/" + UUID.randomUUID() + "/brief"), "Formulaire non trouvé");
        assertNotFound(admin.get("api/forms/brief/PV-999"), "Formulaire non trouvé");
    }

    @Test
    void aFormBriefWithoutAccountStillHasItsScript() throws Exception {
        JsonObject created = landingPage(Json.createObjectBuilder().add("store_account", false));

        HttpResponse<String> answer =
                StaffSessions.as(api, "viewer")
                        .get("api/forms/" + created.getString("form_code") + "/brief");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).isNull("account")).isTrue();
    }

    @Test
    void briefsNeedTheirSection() throws Exception {
        JsonObject created = landingPage(Json.createObjectBuilder());
        String lpBrief = "api/lps/" + created.getString("lp_id") + "/brief";
        String formBrief = "api/forms/" + created.getString("form_id") + "/brief";
        String olderFormBrief = "api/forms/brief/" + created.getString("form_id");
        ApiClient.Staff dashboardOnly =
                api.as(StaffSessions.create(api, "editor", "dashboard").getString("token"));
        ApiClient.Staff lpsOnly =
                api.as(StaffSessions.create(api, "viewer", "lps").getString("token"));

        assertThat(api.get(lpBrief).statusCode()).isEqualTo(401);
        assertThat(api.get(formBrief).statusCode()).isEqualTo(401);
        assertThat(api.get(olderFormBrief).statusCode()).isEqualTo(401);
        assertThat(dashboardOnly.get(lpBrief).statusCode()).isEqualTo(403);
        assertThat(dashboardOnly.get(formBrief).statusCode()).isEqualTo(403);
        assertThat(lpsOnly.get(lpBrief).statusCode()).isEqualTo(200);
        assertThat(lpsOnly.get(formBrief).statusCode()).isEqualTo(403);
        assertThat(lpsOnly.get(olderFormBrief).statusCode()).isEqualTo(403);
    }

    @Test
    void thePublicFormEndpointKeepsItsOwnPaths() throws Exception {
        HttpResponse<String> answer = api.get("api/forms/public/brief");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).getString("detail")).isEqualTo("Formulaire non trouvé");
    }

    @Test
    void hostileValuesNeverReachTheScriptsAsMarkup() throws Exception {
        String hostile = "</script><script>alert(1)</script>";
        JsonObject created =
                landingPage(
                        Json.createObjectBuilder()
                                .add("account_name", hostile)
                                .add("lp_name", "\"'\\" + hostile)
                                .add("form_name", hostile + "\u2028")
                                .add("cgu", "<img src=x onerror=alert(2)>")
                                .add("gtm_head", "<script>alert(3)</script>")
                                .add("tracking_type", "both")
                                .add("redirect_url", "javascript:alert(4)"));

        JsonObject brief =
                json(
                        StaffSessions.as(api, "viewer")
                                .get("api/lps/" + created.getString("lp_id") + "/brief"));

        JsonObject scripts = brief.getJsonObject("scripts");
        for (String name : new String[] {"lp", "form"}) {
            assertThat(scripts.getString(name))
                    .doesNotContain(hostile, "<img", "alert(3)", "javascript:");
        }
        assertThat(scripts.getString("lp")).contains("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(brief.getString("redirect_url")).isEmpty();
        assertThat(brief.getJsonObject("account").getJsonObject("gtm").getString("head")).isEmpty();
        assertThat(brief.getJsonArray("warnings").getValuesAs(jakarta.json.JsonString::getString))
                .anyMatch(w -> w.startsWith("URL de redirection refusée"))
                .anyMatch(w -> w.startsWith("Code GTM non reconnu"));
    }

    private static JsonObject landingPage(JsonObjectBuilder body) throws Exception {
        HttpResponse<String> answer =
                api.post("probe/briefs/landing-page", "application/json", body.build().toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    private static void assertNotFound(HttpResponse<String> answer, String message) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
        JsonObject body = json(answer);
        assertThat(body.getString("detail")).isEqualTo(message);
        assertThat(body.getString("error")).isEqualTo(message);
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
