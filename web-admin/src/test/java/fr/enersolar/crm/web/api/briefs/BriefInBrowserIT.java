package fr.enersolar.crm.web.api.briefs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.HeadlessChromium;
import fr.enersolar.crm.web.testing.PageServer;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A generated brief at work in headless Chromium: pages built from the brief's scripts, served from
 * another origin than the application's (so CORS is exercised), visited with campaign parameters,
 * submit a lead that is stored with its landing-page and form codes, its visitor session and its
 * campaign; and staff-typed hostile values (names, legal texts, tags, a {@code javascript:}
 * thank-you URL) run no script on the page.
 */
@ExtendWith(ArquillianExtension.class)
class BriefInBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CAMPAIGN =
            "?utm_source=google&utm_medium=cpc&utm_campaign=printemps-2026";

    /** What an integrator writes around the brief: a form calling trackFormStart / submitLead. */
    private static final String FORM =
            """
            <form id="lead-form">
              <input id="phone" name="phone" placeholder="Téléphone">
              <input id="nom" name="nom" placeholder="Nom">
              <input id="prenom" name="prenom" placeholder="Prénom">
              <input id="code_postal" name="code_postal" placeholder="Code postal">
              <input id="email" name="email" placeholder="Email">
              <label><input type="checkbox" id="rgpd" name="rgpd_consent" checked> J'accepte</label>
              <button id="send" type="submit">Envoyer</button>
            </form>
            <script>
              var leadForm = document.getElementById('lead-form');
              leadForm.addEventListener('focusin', function () { window.trackFormStart(); });
              leadForm.addEventListener('submit', function (event) {
                event.preventDefault();
                var data = {};
                ['phone', 'nom', 'prenom', 'code_postal', 'email'].forEach(function (name) {
                  data[name] = leadForm.elements[name].value;
                });
                data.rgpd_consent = leadForm.elements.rgpd_consent.checked;
                window.submitLead(data).then(function (answer) { window.__answer = answer; },
                  function (error) { window.__failure = String(error); });
              });
            </script>
            """;

    private static ApiClient api;
    private static ChromeDriver browser;

    @ArquillianResource URL deployed;
    private PageServer site;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void ready() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
        site = PageServer.start();
    }

    @AfterEach
    void closeSite() {
        System.out.println("Browser console:\n" + HeadlessChromium.console(browser));
        site.close();
    }

    @Test
    void aCampaignVisitorGoesFromTheLandingPageToTheFormPageAndIsStoredWithItsCodes()
            throws Exception {
        JsonObject created =
                landingPage(
                        Json.createObjectBuilder()
                                .add("form_mode", "redirect")
                                .add("form_url", site.url("/formulaire.html"))
                                .add("tracking_type", "redirect")
                                .add("redirect_url", "/merci"));
        JsonObject scripts = brief("api/lps/" + created.getString("lp_id") + "/brief");
        site.put(
                "/lp.html",
                page(
                        "<h1>Panneaux solaires</h1>\n<a id=\"cta\" href=\"#\""
                                + " onclick=\"return trackCTAClick('cta-hero', 'Devis gratuit')\">"
                                + "Devis gratuit</a>",
                        scripts.getString("lp")));
        site.put(
                "/formulaire.html",
                page("<h1>Votre devis</h1>\n" + FORM, scripts.getString("form")));
        site.put("/merci", page("<h1 id=\"merci\">Merci !</h1>", ""));

        browser.get(site.url("/lp.html" + CAMPAIGN));
        String session = visitorSession();
        browser.findElement(By.id("cta")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/formulaire.html"));

        Map<String, String> formQuery = query(browser.getCurrentUrl());
        String liaison = created.getString("lp_code") + "_" + created.getString("form_code");
        assertThat(formQuery)
                .containsEntry("lp", created.getString("lp_code"))
                .containsEntry("liaison", liaison)
                .containsEntry("utm_source", "google")
                .containsEntry("utm_medium", "cpc")
                .containsEntry("utm_campaign", "printemps-2026")
                .containsEntry("session_id", session);
        fill("06 12 34 56 78", "Dupont");
        browser.findElement(By.id("send")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlToBe(site.url("/merci")));

        JsonObject lead = onlyLead(created.getString("form_code"));
        assertThat(lead.getString("status")).isEqualTo("pending");
        assertThat(lead.getString("lp_code")).isEqualTo(created.getString("lp_code"));
        assertThat(lead.getString("liaison_code")).isEqualTo(liaison);
        assertThat(lead.getString("utm_source")).isEqualTo("google");
        assertThat(lead.getString("utm_medium")).isEqualTo("cpc");
        assertThat(lead.getString("utm_campaign")).isEqualTo("printemps-2026");
        assertThat(lead.getString("source")).isEqualTo("google");
        assertThat(lead.getString("session_id")).isEqualTo(session);
        assertThat(lead.getJsonObject("utm_first").getString("utm_campaign"))
                .isEqualTo("printemps-2026");
        assertThat(lead.getString("phone")).isEqualTo("0612345678");
        assertThat(lead.getString("departement")).isEqualTo("75");
        assertThat(lead.getString("page_url")).startsWith(site.url("/formulaire.html?"));
        JsonObject visits = json(api.get("probe/public-api/sessions/" + session));
        assertThat(visits.getInt("lp_visits")).isEqualTo(1);
        assertThat(visits.getInt("cta_clicks")).isEqualTo(1);
        assertThat(visits.getInt("form_starts")).isEqualTo(1);
        assertQuietConsole();
    }

    @Test
    void anEmbeddedFormWithHostileValuesRunsNoneOfThemAndStillStoresTheLead() throws Exception {
        JsonObject created =
                landingPage(
                        Json.createObjectBuilder()
                                .add("form_mode", "embedded")
                                .add(
                                        "account_name",
                                        "</script><script>window.__pwned='account'</script>")
                                .add(
                                        "lp_name",
                                        "\"'\\--></script><script>window.__pwned='lp'</script>\u2028")
                                .add("form_name", "<!-- <script>window.__pwned='form'</script>")
                                .add("cgu", "<img src=x onerror=\"window.__pwned='cgu'\">\nfin")
                                .add("privacy", "--><script>window.__pwned='privacy'</script>")
                                .add("gtm_head", "<script>window.__pwned='gtm'</script>")
                                .add("tracking_type", "both")
                                .add("redirect_url", "javascript:window.__pwned='redirect'"));
        JsonObject scripts = brief("api/lps/" + created.getString("lp_id") + "/brief");
        site.put(
                "/offre.html",
                page(
                        "<h1>Pompe à chaleur</h1>\n<a id=\"cta\" href=\"#\""
                                + " onclick=\"return trackCTAClick('cta-hero', 'Je veux un devis')\">"
                                + "Je veux un devis</a>\n<div style=\"height:1500px\"></div>\n"
                                + "<div id=\"form-container\">"
                                + FORM
                                + "</div>",
                        scripts.getString("combined")));

        String page = site.url("/offre.html" + CAMPAIGN);
        browser.get(page);
        String session = visitorSession();
        browser.findElement(By.id("cta")).click();
        fill("06 45 23 78 91", "Martin");
        browser.findElement(By.id("send")).click();
        JsonObject answer = answer();

        assertThat(answer.getBoolean("success")).as(answer.toString()).isTrue();
        assertThat(browser.getCurrentUrl()).isEqualTo(page);
        assertThat(browser.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        browser.findElement(By.cssSelector("[data-legal-toggle=legal-cgu]")).click();
        assertThat(browser.findElement(By.id("legal-cgu")).getText())
                .isEqualTo("<img src=x onerror=\"window.__pwned='cgu'\">\nfin");
        assertThat(browser.findElement(By.id("legal-banner")).getText())
                .contains("© </script><script>window.__pwned='account'</script> - Tous droits");
        assertThat(browser.findElements(By.tagName("img"))).isEmpty();
        assertThat(dataLayerEvents())
                .containsSubsequence("lp_view", "cta_click", "form_start", "form_submit");
        JsonObject lead = onlyLead(created.getString("form_code"));
        assertThat(lead.getString("id")).isEqualTo(answer.getString("lead_id"));
        assertThat(lead.getString("lp_code")).isEqualTo(created.getString("lp_code"));
        assertThat(lead.getString("liaison_code"))
                .isEqualTo(created.getString("lp_code") + "_" + created.getString("form_code"));
        assertThat(lead.getString("utm_campaign")).isEqualTo("printemps-2026");
        assertThat(lead.getString("session_id")).isEqualTo(session);
        assertQuietConsole();
    }

    /** No tracking call failed (the scripts log those) and no request was refused cross-origin. */
    private static void assertQuietConsole() {
        String console = HeadlessChromium.console(browser);
        assertThat(console).as(console).doesNotContain("[EnerSolar]").doesNotContain("CORS");
    }

    private static String page(String body, String brief) {
        return "<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
                + "<title>Site client</title></head>\n<body>\n"
                + body
                + "\n"
                + brief
                + "\n</body></html>";
    }

    /** The session the landing page's visit opened, once the tracking call has answered. */
    private static String visitorSession() {
        return new WebDriverWait(browser, WAIT)
                .until(
                        driver ->
                                (String)
                                        browser.executeScript(
                                                "return window.sessionStorage"
                                                        + ".getItem('enersolar_session_id')"));
    }

    private static void fill(String phone, String nom) {
        browser.findElement(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("nom")).sendKeys(nom);
        browser.findElement(By.id("prenom")).sendKeys("Jean");
        browser.findElement(By.id("code_postal")).sendKeys("75011");
        browser.findElement(By.id("email")).sendKeys("jean@example.fr");
    }

    /** What submitLead resolved with, as the page's own code received it. */
    private static JsonObject answer() {
        String json =
                new WebDriverWait(browser, WAIT)
                        .until(
                                driver ->
                                        (String)
                                                browser.executeScript(
                                                        "if (window.__failure) { return"
                                                                + " JSON.stringify({failure:"
                                                                + " window.__failure}); }"
                                                                + " return window.__answer ?"
                                                                + " JSON.stringify(window.__answer)"
                                                                + " : null;"));
        return Json.createReader(new StringReader(json)).readObject();
    }

    @SuppressWarnings("unchecked")
    private static List<String> dataLayerEvents() {
        return (List<String>)
                browser.executeScript(
                        "return window.dataLayer.filter(function (e) { return e && e.event; })"
                                + ".map(function (e) { return e.event; });");
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .forEach(
                        pair ->
                                params.put(
                                        URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                                        URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        return params;
    }

    private JsonObject brief(String path) throws Exception {
        HttpResponse<String> answer = StaffSessions.as(api, "viewer").get(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getJsonObject("scripts");
    }

    private static JsonObject landingPage(JsonObjectBuilder body) throws Exception {
        HttpResponse<String> answer =
                api.post("probe/briefs/landing-page", "application/json", body.build().toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    /** The form's one lead (intake stores it before answering, so it is there already). */
    private static JsonObject onlyLead(String formCode) throws Exception {
        JsonArray leads =
                json(api.get("probe/briefs/leads?form_code=" + formCode)).getJsonArray("leads");
        assertThat(leads).hasSize(1);
        return leads.getJsonObject(0);
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }
}
