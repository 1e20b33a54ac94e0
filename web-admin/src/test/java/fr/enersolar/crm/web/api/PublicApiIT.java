package fr.enersolar.crm.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public endpoints of SPEC-seed §5.1 over real HTTP on Payara Micro: the seed's keys and
 * messages, archived forms hidden, visitor sessions created and reused, funnel figures, and bodies
 * of the wrong shape answered 400 (never 5xx). Each test builds its own landing page.
 */
@ExtendWith(ArquillianExtension.class)
class PublicApiIT {

    private static ApiClient api;

    @ArquillianResource URL deployed;

    private JsonObject page;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    @BeforeEach
    void landingPageWithForms() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
        page = ok(api.post("probe/public-api/landing-page"));
    }

    // --- forms/public and forms/config ---

    @Test
    void aPublicFormHasTheSeedsKeys() throws Exception {
        JsonObject found = ok(get("api/forms/public/" + code("form_code")));

        assertThat(found.keySet()).containsExactlyInAnyOrder("form", "lp", "account");
        JsonObject form = found.getJsonObject("form");
        assertThat(form.keySet())
                .containsExactlyInAnyOrder(
                        "id",
                        "code",
                        "name",
                        "url",
                        "product_type",
                        "tracking_type",
                        "redirect_url");
        assertThat(form.getString("id")).isEqualTo(code("form_id"));
        assertThat(form.getString("product_type")).isEqualTo("PV");
        assertThat(form.getString("tracking_type")).isEqualTo("redirect");
        assertThat(form.getString("redirect_url")).isEqualTo("/merci");
        assertThat(found.getJsonObject("lp").keySet())
                .containsExactlyInAnyOrder("id", "code", "url");
        assertThat(found.getJsonObject("lp").getString("code")).isEqualTo(code("lp_code"));
        JsonObject account = found.getJsonObject("account");
        assertThat(account.getString("name")).isEqualTo("Soleil Probe");
        assertThat(account.getJsonObject("logos").toString())
                .isEqualTo(
                        "{\"main\":\"main.png\",\"secondary\":\"second.png\",\"mini\":\"mini.png\"}");
        assertThat(account.getJsonObject("colors").toString())
                .isEqualTo("{\"primary\":\"#FF0000\",\"secondary\":\"#00FF00\"}");
    }

    @Test
    void aPublicFormIsFoundByIdToo() throws Exception {
        JsonObject found = ok(get("api/forms/public/" + code("form_id")));

        assertThat(found.getJsonObject("form").getString("code")).isEqualTo(code("form_code"));
    }

    @Test
    void anUnknownOrArchivedFormIsNotFound() throws Exception {
        for (String path :
                List.of(
                        "PV-99999",
                        code("archived_form_code"),
                        code("archived_form_id"),
                        "%7B%7D")) {
            HttpResponse<String> response = get("api/forms/public/" + path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json(response).getString("detail")).isEqualTo("Formulaire non trouvé");
        }
    }

    @Test
    void aLandingPageListsItsActiveFormsOnly() throws Exception {
        JsonObject found = ok(get("api/forms/public/by-lp/" + code("lp_code")));

        assertThat(found.getJsonObject("lp").getString("id")).isEqualTo(code("lp_id"));
        JsonArray forms = found.getJsonArray("forms");
        assertThat(forms).hasSize(1);
        assertThat(forms.getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("id", "code", "name", "url", "product_type");
        assertThat(forms.getJsonObject(0).getString("code")).isEqualTo(code("form_code"));
    }

    @Test
    void anUnknownLandingPageIsNotFound() throws Exception {
        HttpResponse<String> response = get("api/forms/public/by-lp/LP-99999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).getString("detail")).isEqualTo("LP non trouvée");
    }

    @Test
    void listsThe96MetropolitanDepartements() throws Exception {
        JsonArray list = ok(get("api/forms/config/departements")).getJsonArray("departements");

        assertThat(list).hasSize(96);
        assertThat(list.getJsonObject(0).toString()).isEqualTo("{\"code\":\"01\",\"nom\":\"Ain\"}");
        assertThat(list.getJsonObject(19).toString())
                .isEqualTo("{\"code\":\"2A\",\"nom\":\"Corse-du-Sud\"}");
        assertThat(list.getJsonObject(20).getString("code")).isEqualTo("2B");
        assertThat(list.getJsonObject(95).getString("nom")).isEqualTo("Val-d'Oise");
        assertThat(list.getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("code"))
                .doesNotContain("20");
    }

    // --- track ---

    @Test
    void aVisitIsRecordedWithTheBrowsersAddressAndANewSession() throws Exception {
        JsonObject answer =
                ok(
                        track(
                                "lp-visit",
                                "{\"lp_code\":\""
                                        + code("lp_code")
                                        + "\",\"referrer\":\"https://google.fr\"}"));

        assertThat(answer.getBoolean("success")).isTrue();
        assertThat(answer.keySet()).containsExactlyInAnyOrder("success", "event_id", "session_id");
        JsonObject event = ok(get("probe/public-api/events/" + answer.getString("event_id")));
        assertThat(event.getString("event")).isEqualTo("lp_visit");
        assertThat(event.getString("ip")).isNotEmpty();
        assertThat(event.getString("user_agent")).isEqualTo("ApiClient/1.0 (integration test)");
        assertThat(event.getString("referrer")).isEqualTo("https://google.fr");
        assertThat(event.getString("session_id")).isEqualTo(answer.getString("session_id"));
    }

    @Test
    void unknownPagesAreRefusedWithTheSeedsMessages() throws Exception {
        JsonObject visit = ok(track("lp-visit", "{\"lp_code\":\"LP-99999\"}"));
        JsonObject click = ok(track("cta-click", "{\"lp_code\":\"pas un code\"}"));
        JsonObject start = ok(track("form-start", "{\"form_code\":\"PV-99999\"}"));

        assertThat(visit.toString()).isEqualTo("{\"success\":false,\"error\":\"LP inconnue\"}");
        assertThat(click.toString()).isEqualTo("{\"success\":false,\"error\":\"LP inconnue\"}");
        assertThat(start.toString())
                .isEqualTo("{\"success\":false,\"error\":\"Formulaire inconnu\"}");
    }

    @Test
    void theSessionSentBackIsReusedKeepingTheFirstTouch() throws Exception {
        String lp = code("lp_code");
        String form = code("form_code");
        String session =
                ok(track(
                                "lp-visit",
                                "{\"lp_code\":\""
                                        + lp
                                        + "\",\"utm_source\":\"google\",\"utm_campaign\":\"ete\"}"))
                        .getString("session_id");

        JsonObject click =
                ok(
                        track(
                                "cta-click",
                                "{\"lp_code\":\""
                                        + lp
                                        + "\",\"form_code\":\""
                                        + form
                                        + "\",\"session_id\":\""
                                        + session
                                        + "\",\"utm_source\":\"facebook\"}"));
        // What the seed's form script sends: empty optional codes.
        JsonObject start =
                ok(
                        track(
                                "form-start",
                                "{\"form_code\":\""
                                        + form
                                        + "\",\"lp_code\":\""
                                        + lp
                                        + "\",\"liaison_code\":\"\",\"session_id\":\""
                                        + session
                                        + "\"}"));

        assertThat(click.getString("session_id")).isEqualTo(session);
        assertThat(start.getString("session_id")).isEqualTo(session);
        JsonObject stored = ok(get("probe/public-api/sessions/" + session));
        assertThat(stored.getInt("lp_visits")).isEqualTo(1);
        assertThat(stored.getInt("cta_clicks")).isEqualTo(1);
        assertThat(stored.getInt("form_starts")).isEqualTo(1);
        assertThat(stored.getString("liaison_code")).isEqualTo(lp + "_" + form);
        assertThat(stored.getJsonObject("first_touch").getString("utm_source")).isEqualTo("google");
        assertThat(stored.getJsonObject("first_touch").getString("utm_campaign")).isEqualTo("ete");
        assertThat(stored.getJsonObject("last_touch").getString("utm_source"))
                .isEqualTo("facebook");
    }

    @Test
    void anUnknownOrMalformedSessionIdGetsANewSession() throws Exception {
        for (String sent : List.of(UUID.randomUUID().toString(), "abc", "")) {
            JsonObject answer =
                    ok(
                            track(
                                    "lp-visit",
                                    "{\"lp_code\":\""
                                            + code("lp_code")
                                            + "\",\"session_id\":\""
                                            + sent
                                            + "\"}"));

            String session = answer.getString("session_id");
            assertThat(session).isNotEqualTo(sent);
            assertThat(get("probe/public-api/sessions/" + session).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void statsCountTheFunnelOfAnLpCodeAndOfAFormCode() throws Exception {
        String lp = code("lp_code");
        String form = code("form_code");
        for (int i = 0; i < 3; i++) {
            ok(track("lp-visit", "{\"lp_code\":\"" + lp + "\"}"));
        }
        for (int i = 0; i < 2; i++) {
            ok(track("cta-click", "{\"lp_code\":\"" + lp + "\",\"form_code\":\"" + form + "\"}"));
        }
        for (int i = 0; i < 3; i++) {
            ok(track("form-start", "{\"form_code\":\"" + form + "\"}"));
        }
        for (String status : List.of("success", "duplicate", "failed", "queued")) {
            assertThat(
                            api.post(
                                            "probe/public-api/leads?form_code="
                                                    + form
                                                    + "&api_status="
                                                    + status)
                                    .statusCode())
                    .isEqualTo(204);
        }

        JsonObject ofLp = ok(get("api/track/stats/" + lp));
        JsonObject ofForm = ok(get("api/track/stats/" + form));

        assertThat(ofLp.getString("code")).isEqualTo(lp);
        assertThat(ofLp.getJsonObject("events").toString())
                .isEqualTo(
                        "{\"lp_visits\":3,\"cta_clicks\":2,\"form_starts\":0,\"leads_finished\":0}");
        assertThat(rates(ofLp)).containsExactly(66.7, 0.0, 0.0, 0.0);
        assertThat(ofForm.getJsonObject("events").toString())
                .isEqualTo(
                        "{\"lp_visits\":0,\"cta_clicks\":0,\"form_starts\":3,\"leads_finished\":2}");
        assertThat(rates(ofForm)).containsExactly(0.0, 0.0, 66.7, 0.0);
    }

    @Test
    void statsOfACodeNobodyUsedAreZero() throws Exception {
        JsonObject stats = ok(get("api/track/stats/inconnu"));

        assertThat(stats.getJsonObject("events").toString())
                .isEqualTo(
                        "{\"lp_visits\":0,\"cta_clicks\":0,\"form_starts\":0,\"leads_finished\":0}");
        assertThat(rates(stats)).containsExactly(0.0, 0.0, 0.0, 0.0);
    }

    @Test
    void unknownFieldsAreIgnoredAndTextPlainBodiesAccepted() throws Exception {
        HttpResponse<String> response =
                api.post(
                        "api/track/lp-visit",
                        "text/plain;charset=UTF-8",
                        "{\"lp_code\":\"" + code("lp_code") + "\",\"extra\":{\"a\":[1,2]}}");

        assertThat(json(response).getBoolean("success")).isTrue();
    }

    @Test
    void bodiesOfTheWrongShapeAreRefusedNamingTheField() throws Exception {
        String lp = code("lp_code");
        List<String[]> cases =
                List.of(
                        new String[] {"lp-visit", "{\"lp_code\":{\"$gt\":\"\"}}", "lp_code"},
                        new String[] {"lp-visit", "{\"lp_code\":42}", "lp_code"},
                        new String[] {"lp-visit", "{}", "lp_code"},
                        new String[] {"lp-visit", "{\"lp_code\":null}", "lp_code"},
                        new String[] {"lp-visit", "{\"lp_code\":\"  \"}", "lp_code"},
                        new String[] {
                            "lp-visit", "{\"lp_code\":\"" + lp + "\",\"referrer\":[]}", "referrer"
                        },
                        new String[] {
                            "lp-visit",
                            "{\"lp_code\":\"" + lp + "\",\"session_id\":5}",
                            "session_id"
                        },
                        new String[] {
                            "lp-visit",
                            "{\"lp_code\":\"" + lp + "\",\"utm_source\":true}",
                            "utm_source"
                        },
                        new String[] {
                            "cta-click",
                            "{\"lp_code\":\"" + lp + "\",\"form_code\":{}}",
                            "form_code"
                        },
                        new String[] {"form-start", "{\"form_code\":[\"PV-001\"]}", "form_code"},
                        new String[] {
                            "form-start",
                            "{\"form_code\":\"PV-001\",\"liaison_code\":1}",
                            "liaison_code"
                        },
                        new String[] {"lp-visit", "[]", "body"},
                        new String[] {"lp-visit", "\"LP-001\"", "body"},
                        new String[] {"cta-click", "pas du json", "body"},
                        new String[] {"form-start", "{\"form_code\":", "body"},
                        new String[] {"form-start", "", "body"});
        for (String[] c : cases) {
            HttpResponse<String> response = track(c[0], c[1]);

            assertThat(response.statusCode())
                    .as("%s %s → %s", c[0], c[1], response.body())
                    .isEqualTo(400);
            JsonArray detail = json(response).getJsonArray("detail");
            assertThat(detail.getValuesAs(JsonObject.class))
                    .as(c[1])
                    .anySatisfy(
                            d -> {
                                assertThat(d.getString("field")).isEqualTo(c[2]);
                                assertThat(d.getString("reason")).isNotBlank();
                            });
        }
    }

    // --- helpers ---

    private String code(String key) {
        return page.getString(key);
    }

    private static List<Double> rates(JsonObject stats) {
        JsonObject rates = stats.getJsonObject("rates");
        assertThat(rates.keySet())
                .containsExactly(
                        "lp_to_cta", "cta_to_start", "start_to_finish", "global_conversion");
        return rates.keySet().stream().map(k -> rates.getJsonNumber(k).doubleValue()).toList();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return noServerError(api.get(path));
    }

    private static HttpResponse<String> track(String event, String body)
            throws IOException, InterruptedException {
        return noServerError(api.post("api/track/" + event, "application/json", body));
    }

    private static HttpResponse<String> noServerError(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s → %s", response.uri(), response.body())
                .isLessThan(500);
        return response;
    }

    private static JsonObject ok(HttpResponse<String> response) {
        noServerError(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }
}
