package fr.enersolar.crm.web.faces.billing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Browser;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The billing and verification pages in a real headless Chromium against Payara Micro, and the PDF
 * statement over HTTP (API and the page's download link). The batch facade exists only in the EAR,
 * so here the nightly jobs are absent: the pages must say so; the probe writes what the jobs would
 * (cross-CRM leads, the month's rollup, a verification report) through the real store.
 */
@ExtendWith(ArquillianExtension.class)
class BillingPagesIT {

    /** Wednesday of ISO week 2026-W38 (14–20 September 2026). */
    private static final String SEEDED_AT = "2026-09-16T10:00:00Z";

    private static JsonObject scenario;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    @ArquillianResource URL deployed;

    private ApiClient api;
    private Browser browser;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiClient(deployed);
        api.awaitReady();
        if (scenario == null) {
            String suffix = UUID.randomUUID().toString().substring(0, 4);
            scenario =
                    json(
                            api.post(
                                    "probe/nightly-probe/billing-scenario?from_name=ZR7%20Digital%20"
                                            + suffix
                                            + "&to_name=Maison%20du%20Lead%20"
                                            + suffix
                                            + "&at="
                                            + SEEDED_AT));
            scenario =
                    Json.createObjectBuilder(scenario)
                            .add("from_name", "ZR7 Digital " + suffix)
                            .add("to_name", "Maison du Lead " + suffix)
                            .build();
        }
    }

    /** Only the browser tests need Chromium; CI installs it (.ci/run), so there it must be. */
    private void startBrowser() {
        browser = Browser.forTest(deployed);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static HttpClient http() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private HttpResponse<byte[]> bytes(String path, String header, String value) throws Exception {
        URI uri = URI.create(deployed.toString()).resolve(path);
        return http().send(
                        HttpRequest.newBuilder(uri)
                                .header(header, value)
                                .header("Accept", "application/pdf, text/csv, application/json")
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String statementQuery() {
        return "api/billing/statement.pdf?year=2026&month=9&from_crm_id="
                + scenario.getString("from")
                + "&to_crm_id="
                + scenario.getString("to");
    }

    @Test
    void theStatementPdfOverTheApiHasTheFiguresAndIsLoggedAsAnExport() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        String bearer = "Bearer " + admin.getString("token");

        HttpResponse<byte[]> pdf = bytes(statementQuery(), "Authorization", bearer);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type").orElse(""))
                .startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("content-disposition").orElse(""))
                .contains("attachment", ".pdf");
        String text = pdfText(pdf.body());
        assertThat(text)
                .contains(
                        "Période : septembre 2026 (du 01/09/2026 au 30/09/2026)",
                        "Créancier : " + scenario.getString("from_name"),
                        "Débiteur : " + scenario.getString("to_name"),
                        "PAC 69 2 40,00 € 80,00 €",
                        "PV 75 3 25,50 € 76,50 €",
                        "Total 5 156,50 €");

        JsonObject logs =
                json(
                        api.as(admin.getString("token"))
                                .get("api/config/activity-logs?action=export&limit=20"));
        assertThat(logs.getJsonArray("logs").toString())
                .contains("statement.pdf", scenario.getString("statement"));

        // Each parameter is required; an unknown pair has no statement; readers of billing only.
        ApiClient.Staff staff = api.as(admin.getString("token"));
        HttpResponse<String> noTo =
                staff.get(
                        "api/billing/statement.pdf?year=2026&month=9&from_crm_id="
                                + scenario.getString("from"));
        assertThat(noTo.statusCode()).isEqualTo(400);
        assertThat(noTo.body()).contains("to_crm_id");
        assertThat(staff.get(statementQuery().replace("month=9", "month=13")).statusCode())
                .isEqualTo(400);
        HttpResponse<String> unknown = staff.get(statementQuery().replace("month=9", "month=8"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Facturation non trouvée");
        assertThat(StaffSessions.as(api, "viewer").get(statementQuery()).statusCode())
                .isEqualTo(403);
        assertThat(api.get(statementQuery()).statusCode()).isEqualTo(401);
    }

    private JsonObject logInAs(String role) throws Exception {
        JsonObject staff = StaffSessions.create(api, role);
        browser.open("login.xhtml");
        browser.logIn(staff.getString("email"), staff.getString("password"));
        browser.awaitPage("dashboard.xhtml");
        return staff;
    }

    private String text(String id) {
        return browser.find(By.id(id)).getText();
    }

    @Test
    void billingPageShowsTheSeededWeekStepsFromWeekToWeekAndDownloads() throws Exception {
        startBrowser();
        JsonObject editor = logInAs("editor");
        String from = scenario.getString("from_name");
        String to = scenario.getString("to_name");

        browser.find(By.cssSelector("#menu a[data-page='/billing/overview.xhtml']")).click();
        browser.awaitPage("billing/overview.xhtml");
        browser.open("billing/overview.xhtml?week=2026-W38");

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Facturation inter-CRM");
        assertThat(text("week")).isEqualTo("Semaine 2026-W38");
        assertThat(text("week-days")).isEqualTo("du 14/09/2026 au 20/09/2026");
        assertThat(text("delivered")).isEqualTo("10");
        assertThat(text("cross-crm")).isEqualTo("5");
        assertThat(text("cross-percentage")).isEqualTo("50,0 %");
        List<String> transactions =
                browser.all(By.cssSelector("tr.crm-transaction")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(transactions).containsExactly(to + " " + from + " 5 156,50 € doit au créancier");
        assertThat(browser.find(By.id("balances")).getText())
                .contains(from + " 156,50 € 0,00 € 156,50 €", to + " 0,00 € 156,50 € -156,50 €");
        WebElement statement =
                browser.find(
                        By.cssSelector(
                                "tr.crm-statement[data-id='"
                                        + scenario.getString("statement")
                                        + "']"));
        assertThat(statement.getText())
                .contains("septembre 2026", from, to, "5", "156,50 €", "Brouillon", "PDF");
        assertThat(browser.all(By.cssSelector("tr.crm-cross-lead"))).hasSize(5);
        assertThat(browser.find(By.id("cross-leads")).getText())
                .contains("16/09/2026", "****", "PV", "75", "25,50 €", "PAC", "69", "40,00 €");
        // No batch facade in this WAR: the page says statements are not recomputed here.
        assertThat(text("jobs-unavailable")).contains("Les tâches planifiées ne tournent pas");
        browser.screenshot("billing");

        // The page's PDF and CSV links, opened with the login cookie.
        String cookie = "crm_session=" + editor.getString("token");
        String pdfHref = statement.findElement(By.cssSelector("a.crm-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = bytes(pdfHref, "Cookie", cookie);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type").orElse(""))
                .startsWith("application/pdf");
        assertThat(pdfText(pdf.body())).contains("Débiteur : " + to, "Total 5 156,50 €");
        HttpResponse<byte[]> csv =
                bytes(browser.find(By.id("csv")).getAttribute("href"), "Cookie", cookie);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .contains(
                        scenario.getString("from")
                                + ";"
                                + scenario.getString("to")
                                + ";draft;PV;75;3;25.50;76.50");
        assertThat(
                        bytes("billing/download.xhtml?format=pdf&id=nope", "Cookie", cookie)
                                .statusCode())
                .isEqualTo(404);

        browser.find(By.id("previous-week")).click();
        browser.until(d -> d.findElement(By.id("week")).getText().equals("Semaine 2026-W37"));
        assertThat(text("delivered")).isEqualTo("0");
        assertThat(text("transactions")).contains("Aucun lead cross-CRM cette semaine.");
        // The month's statements are still listed (same year).
        assertThat(browser.all(By.cssSelector("tr.crm-statement"))).isNotEmpty();

        browser.find(By.id("next-week")).click();
        browser.until(d -> d.findElement(By.id("week")).getText().equals("Semaine 2026-W38"));
        browser.find(By.id("next-week")).click();
        browser.until(d -> d.findElement(By.id("week")).getText().equals("Semaine 2026-W39"));
        assertThat(text("cross-crm")).isEqualTo("0");

        browser.open("billing/overview.xhtml?week=2026-W99");
        assertThat(browser.find(By.id("messages")).getText()).contains("Semaine invalide");
    }

    @Test
    void aViewerWithoutTheBillingSectionCannotReachThePageNorItsDownloads() throws Exception {
        startBrowser();
        JsonObject viewer = logInAs("viewer");

        assertThat(
                        browser.all(By.cssSelector("#menu a")).stream()
                                .map(a -> a.getAttribute("data-page")))
                .doesNotContain("/billing/overview.xhtml")
                .contains("/verification/reports.xhtml");
        browser.open("billing/overview.xhtml?week=2026-W38");
        assertThat(text("error-title")).isEqualTo("Accès refusé");
        assertThat(browser.driver().getPageSource()).doesNotContain(scenario.getString("to_name"));

        String cookie = "crm_session=" + viewer.getString("token");
        assertThat(bytes("billing/overview.xhtml", "Cookie", cookie).statusCode()).isEqualTo(403);
        assertThat(
                        bytes(
                                        "billing/download.xhtml?format=pdf&id="
                                                + scenario.getString("statement"),
                                        "Cookie",
                                        cookie)
                                .statusCode())
                .isEqualTo(403);
        assertThat(
                        bytes("billing/download.xhtml?format=csv&year=2026", "Cookie", cookie)
                                .statusCode())
                .isEqualTo(403);
    }

    @Test
    void verificationPagesListTheReportsShowOneAndSayTheJobsAreAbsent() throws Exception {
        String id =
                json(api.post("probe/nightly-probe/verification-report?at=2026-09-17T03:00:00Z"))
                        .getString("id");
        startBrowser();
        logInAs("admin");

        browser.find(By.cssSelector("#menu a[data-page='/verification/reports.xhtml']")).click();
        browser.awaitPage("verification/reports.xhtml");
        assertThat(text("jobs-unavailable"))
                .contains("Les tâches planifiées ne sont pas disponibles sur ce serveur");
        // The administrator sees the button, disabled while the jobs are absent.
        assertThat(browser.find(By.id("run-form:run")).isEnabled()).isFalse();
        WebElement row =
                browser.until(
                        d ->
                                d.findElements(By.cssSelector("tr.crm-report-row")).stream()
                                        .filter(r -> r.getText().contains("17/09/2026 05:00:00"))
                                        .findFirst()
                                        .orElse(null));
        assertThat(row.getText()).contains("7", "4", "1", "2");

        row.findElement(By.cssSelector("a.crm-view")).click();
        browser.awaitPage("verification/report.xhtml");
        assertThat(browser.find(By.tagName("h1")).getText()).contains(id);
        assertThat(text("total")).isEqualTo("7");
        assertThat(text("report-details")).contains("lead-skipped", "skipped", "Doublon CRM");

        browser.open("verification/report.xhtml?id=report_19990101_000000");
        assertThat(text("messages")).contains("Rapport non trouvé");

        browser.close();
        browser = new Browser(deployed);
        logInAs("editor");
        browser.open("verification/reports.xhtml");
        browser.find(By.id("reports"));
        assertThat(browser.all(By.id("run-form:run"))).isEmpty();
    }
}
