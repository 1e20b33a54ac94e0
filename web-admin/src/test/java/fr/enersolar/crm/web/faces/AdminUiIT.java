package fr.enersolar.crm.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.Browser;
import fr.enersolar.crm.web.testing.BrowserTestBase;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The admin UI in a real headless Chromium against Payara Micro: login (and its French errors), the
 * dashboard, the lead table with a lead submitted through {@code POST /api/v1/leads}, the lead
 * detail with its timeline, the menu and pages each role may see, logout, the login cookie's
 * attributes, and the cookie's limits (never accepted by the JSON API; postbacks need the view
 * state).
 */
class AdminUiIT extends BrowserTestBase {

    /** Generated for this run: no secret in the code. */
    static final String KEY = "it-" + UUID.randomUUID();

    static final Map<String, String> INTAKE = Map.of("Authorization", "Token " + KEY);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore(Map.of("crm.api.key", KEY));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String newPhone() {
        return "061" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    }

    private String newForm(String product) throws Exception {
        return json(api.post("probe/leads-probe/forms?product=" + product, "", Map.of()))
                .getString("code");
    }

    /** Submits a valid lead through the public intake API; answers its id. */
    private String submitLead(String form, String phone, String nom) throws Exception {
        String body =
                Json.createObjectBuilder()
                        .add("form_id", form)
                        .add("phone", phone)
                        .add("nom", nom)
                        .add("prenom", "Claire")
                        .add("code_postal", "69003")
                        .add("utm_source", "google")
                        .build()
                        .toString();
        HttpResponse<String> answer = api.post("api/v1/leads", body, INTAKE);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getString("lead_id");
    }

    private JsonObject staff(String role) throws Exception {
        return StaffSessions.create(api, role);
    }

    private void logInAs(JsonObject staff) {
        browser.open("login.xhtml");
        browser.logIn(staff.getString("email"), staff.getString("password"));
        browser.awaitPage("dashboard.xhtml");
    }

    private List<String> menu() {
        return browser.all(By.cssSelector("#menu a")).stream()
                .map(a -> a.getAttribute("data-page"))
                .toList();
    }

    private HttpResponse<String> getWithCookie(String path, String token) throws Exception {
        return plainHttp()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.base() + path))
                                .header("Cookie", "crm_session=" + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient plainHttp() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Test
    void adminSeesTheDashboardTheLeadInTheTableAndItsTimeline() throws Exception {
        String phone = newPhone();
        String leadId = submitLead(newForm("PV"), phone, "Martin");

        logInAs(staff("admin"));

        assertThat(Long.parseLong(browser.find(By.id("count-today")).getText())).isPositive();
        assertThat(Long.parseLong(browser.find(By.id("count-month")).getText())).isPositive();
        assertThat(browser.find(By.id("per-day")).getTagName()).isEqualTo("div");
        browser.until(d -> d.findElement(By.cssSelector("#per-day canvas")));
        assertThat(menu())
                .containsExactly(
                        "/dashboard.xhtml",
                        "/leads/list.xhtml",
                        "/leads/problems.xhtml", // ui-gaps
                        // the catalogue pages (issue 7)
                        "/accounts/list.xhtml",
                        "/lps/list.xhtml",
                        "/forms/list.xhtml",
                        "/departements/stats.xhtml",
                        "/commandes/list.xhtml",
                        "/billing/overview.xhtml",
                        "/verification/reports.xhtml",
                        "/system/health.xhtml",
                        // administration pages (ui-admin)
                        "/admin/users.xhtml",
                        "/admin/activity.xhtml",
                        "/admin/settings.xhtml",
                        "/admin/connectors.xhtml");
        assertThat(browser.find(By.id("user-role")).getText()).isEqualTo("Administrateur");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Tableau de bord");
        browser.screenshot("dashboard");

        browser.find(By.cssSelector("#menu a[data-page='/leads/list.xhtml']")).click();
        browser.awaitPage("leads/list.xhtml");
        WebElement row = rowWithPhone(phone);
        assertThat(row.getText()).contains("Martin", "69003 (69)", "PV", "Valide");
        browser.screenshot("leads");

        row.findElement(By.cssSelector("a.crm-view")).click();
        browser.awaitPage("leads/detail.xhtml");
        assertThat(browser.driver().getCurrentUrl()).endsWith("?id=" + leadId);
        assertThat(browser.find(By.tagName("h1")).getText()).contains(phone);
        assertThat(browser.find(By.cssSelector(".crm-detail")).getText())
                .contains("Identité", "Martin", "Claire", "69003");
        List<String> events =
                browser.all(By.cssSelector("#timeline .crm-event")).stream()
                        .map(e -> e.getAttribute("data-type"))
                        .toList();
        // Intake's entries in order, then routing's (no commande in this store).
        assertThat(events).containsExactly("received", "validated", "duplicate", "routing");
        assertThat(browser.find(By.id("timeline")).getText())
                .contains("Réception", "Validation", "Aucun doublon", "Routage");
        browser.screenshot("lead-detail");
    }

    /** The text of an element, once it has some. */
    private String textOf(By by) {
        return browser.until(
                d -> {
                    String text = d.findElement(by).getText();
                    return text.isBlank() ? null : text;
                });
    }

    /** The row of the lead table showing this phone, once the table shows it. */
    private WebElement rowWithPhone(String phone) {
        return browser.until(
                d ->
                        d.findElements(By.cssSelector("tr.crm-lead-row")).stream()
                                .filter(r -> r.getText().contains(phone))
                                .findFirst()
                                .orElse(null));
    }

    @Test
    void leadTableFiltersOnTheServer() throws Exception {
        String pacForm = newForm("PAC");
        String pvPhone = newPhone();
        String pacPhone = newPhone();
        submitLead(newForm("PV"), pvPhone, "Petit");
        submitLead(pacForm, pacPhone, "Grand");
        logInAs(staff("editor"));
        browser.open("leads/list.xhtml");
        rowWithPhone(pvPhone);

        browser.type(By.id("leads-form:form"), pacForm.toLowerCase());
        browser.find(By.id("leads-form:apply")).click();

        String shown =
                browser.until(
                        d -> {
                            List<WebElement> rows =
                                    d.findElements(By.cssSelector("tr.crm-lead-row"));
                            String text =
                                    rows.stream()
                                            .map(WebElement::getText)
                                            .collect(Collectors.joining("\n"));
                            return rows.size() == 1 && !text.contains(pvPhone) ? text : null;
                        });
        assertThat(shown).contains(pacPhone, pacForm, "PAC");

        browser.type(By.id("leads-form:form"), "pas-un-code");
        browser.find(By.id("leads-form:apply")).click();
        assertThat(textOf(By.id("messages"))).contains("Code de formulaire invalide : pas-un-code");
    }

    @Test
    void viewerSeesNoAdminEntryAndIsRefusedTheAdminPage() throws Exception {
        JsonObject viewer = staff("viewer");
        logInAs(viewer);

        assertThat(menu())
                .containsExactly(
                        "/dashboard.xhtml",
                        "/leads/list.xhtml",
                        "/leads/problems.xhtml", // ui-gaps
                        // the catalogue pages (issue 7) a viewer's default sections open
                        "/lps/list.xhtml",
                        "/forms/list.xhtml",
                        "/departements/stats.xhtml",
                        "/verification/reports.xhtml");
        assertThat(browser.find(By.id("user-role")).getText()).isEqualTo("Lecteur");

        browser.open("system/health.xhtml");
        assertThat(browser.find(By.id("error-title")).getText()).isEqualTo("Accès refusé");
        assertThat(getWithCookie("system/health.xhtml", viewer.getString("token")).statusCode())
                .isEqualTo(403);
        assertThat(getWithCookie("leads/list.xhtml", viewer.getString("token")).statusCode())
                .isEqualTo(200);
        // A view no rule lists is not found, whoever asks.
        assertThat(getWithCookie("nowhere.xhtml", viewer.getString("token")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void wrongPasswordShowsTheFrenchErrorAndStaysOnTheLoginPage() throws Exception {
        JsonObject admin = staff("admin");
        browser.open("login.xhtml");

        browser.logIn(admin.getString("email"), "not-" + admin.getString("password"));

        assertThat(textOf(By.id("login:messages"))).contains("Email ou mot de passe incorrect");
        assertThat(browser.page()).isEqualTo("login.xhtml");
        assertThat(browser.driver().manage().getCookieNamed("crm_session")).isNull();
    }

    @Test
    void anonymousVisitorIsSentToLoginAndBackToThePageAskedFor() throws Exception {
        JsonObject admin = staff("admin");
        browser.open("leads/list.xhtml");
        browser.awaitPage("login.xhtml");
        assertThat(browser.driver().getCurrentUrl())
                .contains("next=" + URLEncoder.encode("/leads/list.xhtml", StandardCharsets.UTF_8));

        browser.logIn(admin.getString("email"), admin.getString("password"));

        browser.awaitPage("leads/list.xhtml");
    }

    @Test
    void loginCookieIsHttpOnlyStrictAndRefusedByTheApi() throws Exception {
        logInAs(staff("admin"));
        Cookie cookie = browser.driver().manage().getCookieNamed("crm_session");

        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.isSecure()).isFalse(); // plain HTTP here; Secure over HTTPS
        assertThat(getWithCookie("dashboard.xhtml", cookie.getValue()).statusCode()).isEqualTo(200);
        HttpResponse<String> api = getWithCookie("api/auth/me", cookie.getValue());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(json(api).getString("detail")).isEqualTo("Non authentifié");
    }

    @Test
    void logoutEndsTheSessionEverywhere() throws Exception {
        logInAs(staff("admin"));
        String token = browser.driver().manage().getCookieNamed("crm_session").getValue();

        browser.find(By.id("session-form:logout")).click();

        browser.awaitPage("login.xhtml");
        assertThat(browser.find(By.id("login:messages")).getText())
                .contains("Vous êtes déconnecté.");
        assertThat(browser.driver().manage().getCookieNamed("crm_session")).isNull();
        HttpResponse<String> after = getWithCookie("dashboard.xhtml", token);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("login.xhtml");
        assertThat(api.as(token).get("api/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aPostbackWithoutThisSessionsViewStateRunsNoAction() throws Exception {
        logInAs(staff("admin"));
        String token = browser.driver().manage().getCookieNamed("crm_session").getValue();
        String forged =
                "session-form=session-form&session-form%3Alogout=x"
                        + "&jakarta.faces.ViewState=-1234567890%3A987654321";

        for (String body : List.of(forged, "session-form=session-form&session-form%3Alogout=x")) {
            plainHttp()
                    .send(
                            HttpRequest.newBuilder(URI.create(browser.base() + "dashboard.xhtml"))
                                    .header("Cookie", "crm_session=" + token)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        }

        assertThat(api.as(token).get("api/auth/me").statusCode()).isEqualTo(200);
        assertThat(getWithCookie("dashboard.xhtml", token).statusCode()).isEqualTo(200);
    }

    @Test
    void switchesToEnglishAndBack() throws Exception {
        logInAs(staff("viewer"));

        browser.find(By.id("session-form:lang-en")).click();
        browser.until(d -> d.findElement(By.tagName("h1")).getText().equals("Dashboard"));
        assertThat(browser.find(By.id("user-role")).getText()).isEqualTo("Viewer");

        browser.find(By.id("session-form:lang-fr")).click();
        browser.until(d -> d.findElement(By.tagName("h1")).getText().equals("Tableau de bord"));
    }

    @Test
    void editorRetriesALeadAndViewerHasNoRetryButton() throws Exception {
        String phone = newPhone();
        String leadId = submitLead(newForm("ITE"), phone, "Roux");

        logInAs(staff("viewer"));
        browser.open("leads/detail.xhtml?id=" + leadId);
        browser.find(By.id("timeline"));
        assertThat(browser.all(By.id("actions:retry"))).isEmpty();

        browser.close();
        browser = new Browser(deployed);
        logInAs(staff("editor"));
        browser.open("leads/detail.xhtml?id=" + leadId);
        browser.find(By.id("actions:retry")).click();

        // No commande in this store: routing finds no CRM, and the lead waits for one.
        assertThat(textOf(By.id("messages")))
                .containsAnyOf(
                        "Lead remis en file d'envoi",
                        "Aucun CRM avec commande active pour ce département/produit");
        assertThat(
                        browser.all(By.cssSelector("#timeline .crm-event")).stream()
                                .map(e -> e.getAttribute("data-type")))
                .contains("retry");
        assertThat(browser.find(By.id("timeline")).getText()).contains("Relance par");
    }

    @Test
    void administratorPurgesExpiredSessionsFromTheSystemPage() throws Exception {
        JsonObject other = staff("viewer");
        api.post("probe/staff/" + other.getString("user_id") + "/expired-session");
        logInAs(staff("admin"));
        browser.open("system/health.xhtml");
        assertThat(browser.find(By.id("store")).getText()).contains("Elle répond");

        browser.find(By.id("sessions-form:purge")).click();

        assertThat(textOf(By.id("messages")))
                .containsPattern("[1-9]\\d* session\\(s\\) expirée\\(s\\) supprimée\\(s\\)");
    }
}
