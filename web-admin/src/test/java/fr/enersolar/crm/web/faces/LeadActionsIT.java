package fr.enersolar.crm.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.delivery.CrmUrlConnectors;
import fr.enersolar.crm.web.probe.ProbeApplication;
import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.BrowserTestBase;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The staff's lead actions in a real headless Chromium against Payara Micro, with leads delivered
 * through the zr7 connector to the built-in sandbox partner (a {@code sandbox-5xx…} key makes it
 * answer 503, so the lead fails after the short backoff configured here): the failed view and its
 * retry, force send to another CRM, correction with French refusals, archive, bulk actions on
 * selected rows, the CSV export against the API's, what a viewer sees and may post, and the
 * dashboard's delivery figures and breakers.
 */
class LeadActionsIT extends BrowserTestBase {

    static final String KEY = "it-" + UUID.randomUUID();
    static final Map<String, String> INTAKE = Map.of("Authorization", "Token " + KEY);
    static final Duration DEADLINE = Duration.ofSeconds(40);
    static final AtomicInteger PARTNERS = new AtomicInteger();

    @Deployment(testable = false)
    static WebArchive deployment() {
        File zr7 = new File("../connector-zr7/target/connector-zr7-1.0.0-SNAPSHOT.jar");
        if (!zr7.isFile()) {
            throw new IllegalStateException("build connector-zr7 first: " + zr7.getAbsolutePath());
        }
        return Deployments.crmWar(
                        Map.of(
                                "crm.api.key", KEY,
                                "crm.delivery.backoff", "1s,1s",
                                "crm.delivery.poll-ms", "50",
                                "crm.delivery.workers", "4",
                                "crm.delivery.breaker-threshold", "1000"),
                        CrmUrlConnectors.class)
                .addPackage(ProbeApplication.class.getPackage())
                .addAsLibraries(zr7);
    }

    // --- fixtures

    /** A sandbox partner CRM with its account, PV form (with {@code key}) and commande. */
    record Partner(String slug, String crmId, String formCode) {}

    private Partner partner(String key) throws Exception {
        String slug = "ui" + PARTNERS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        String url = new URL(deployed, "sandbox/" + slug + "/lead/api/create_lead/").toString();
        HttpResponse<String> made =
                api.post(
                        "probe/delivery-probe/partners?slug="
                                + slug
                                + "&key="
                                + URLEncoder.encode(key, StandardCharsets.UTF_8)
                                + "&url="
                                + URLEncoder.encode(url, StandardCharsets.UTF_8));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        JsonObject p = json(made);
        return new Partner(slug, p.getString("crm_id"), p.getString("form_code"));
    }

    /** A partner that answers 503 to every lead: its leads fail after the backoff. */
    private Partner failingPartner() throws Exception {
        return partner("sandbox-5xx-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    }

    private Partner acceptingPartner() throws Exception {
        return partner("k-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static String newPhone() {
        return "061" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    }

    private String submit(Partner partner, String phone, String nom) throws Exception {
        String body =
                Json.createObjectBuilder()
                        .add("form_id", partner.formCode())
                        .add("phone", phone)
                        .add("nom", nom)
                        .add("prenom", "Claire")
                        .add("code_postal", "75011")
                        .build()
                        .toString();
        HttpResponse<String> answer = api.post("api/v1/leads", body, INTAKE);
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return json(answer).getString("lead_id");
    }

    private JsonObject lead(String id) throws Exception {
        HttpResponse<String> answer = api.get("probe/delivery-probe/leads/" + id);
        assertThat(answer.statusCode()).as("lead " + id).isEqualTo(200);
        return json(answer);
    }

    /** Polls the lead until {@code until} holds, or fails at the deadline with its last state. */
    private JsonObject awaitLead(String id, Predicate<JsonObject> until) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        JsonObject last = lead(id);
        while (!until.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("lead " + id + " never reached the state: " + last);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            last = lead(id);
        }
        return last;
    }

    private static Predicate<JsonObject> status(String apiStatus) {
        return l -> l.getString("api_status").equals(apiStatus);
    }

    private static long attempts(JsonObject lead) {
        return lead.getJsonArray("timeline").stream()
                .map(JsonValue::asJsonObject)
                .filter(t -> t.getString("type").equals("delivery_attempt"))
                .count();
    }

    private JsonObject logInAs(String role) throws Exception {
        JsonObject staff = StaffSessions.create(api, role);
        browser.open("login.xhtml");
        browser.logIn(staff.getString("email"), staff.getString("password"));
        browser.awaitPage("dashboard.xhtml");
        return staff;
    }

    /** The text of an element, once it has some. */
    private String textOf(By by) {
        return browser.until(
                d -> {
                    String text = d.findElement(by).getText();
                    return text.isBlank() ? null : text;
                });
    }

    /** Waits until the page's messages contain {@code expected}. */
    private String awaitMessage(String expected) {
        try {
            return browser.until(
                    d -> {
                        String text = d.findElement(By.id("messages")).getText();
                        return text.contains(expected) ? text : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no message \""
                            + expected
                            + "\" on "
                            + browser.page()
                            + ": "
                            + browser.all(By.id("messages")).stream()
                                    .map(WebElement::getText)
                                    .toList(),
                    e);
        }
    }

    private WebElement rowWithPhone(By rows, String phone) {
        return browser.until(
                d ->
                        d.findElements(rows).stream()
                                .filter(r -> r.getText().contains(phone))
                                .findFirst()
                                .orElse(null));
    }

    private List<String> timelineTypes() {
        return browser.all(By.cssSelector("#timeline .crm-event")).stream()
                .map(e -> e.getAttribute("data-type"))
                .toList();
    }

    /**
     * Posts a form of the current page from the browser (its session cookie and, unless the form
     * carries none, the page's view state), with {@code extra} parameters; answers status and body.
     */
    private List<Object> postFromPage(String formId, Map<String, String> extra) {
        StringBuilder script =
                new StringBuilder(
                        "const done = arguments[arguments.length - 1];"
                                + "const form = document.getElementById(arguments[0])"
                                + " || document.getElementById('session-form');"
                                + "const data = new URLSearchParams(new FormData(form));"
                                + "const extra = arguments[1];"
                                + "for (const k in extra) { data.set(k, extra[k]); }"
                                + "fetch(form.action, {method: 'POST', body: data,"
                                + " credentials: 'same-origin'})"
                                + ".then(r => r.text().then(t => done([r.status,"
                                + " r.headers.get('Content-Type') || '', t])))"
                                + ".catch(e => done([0, '', String(e)]));");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        List<Object> answer =
                (List<Object>)
                        ((JavascriptExecutor) browser.driver())
                                .executeAsyncScript(script.toString(), formId, extra);
        return answer;
    }

    // --- tests

    @Test
    void aFailedLeadIsInTheFailedViewWithItsReasonAndItsRetryAddsAnAttempt() throws Exception {
        Partner failing = failingPartner();
        String phone = newPhone();
        String id = submit(failing, phone, "Echec");
        JsonObject failed = awaitLead(id, status("failed"));
        long before = attempts(failed);
        assertThat(before).isEqualTo(3);

        logInAs("editor");
        browser.open("leads/problems.xhtml");
        WebElement row = rowWithPhone(By.cssSelector("#failed-form tr.crm-problem-row"), phone);
        String reason = failed.getString("api_response");
        assertThat(row.getText())
                .contains("Échoué", failing.slug())
                .contains(reason.length() > 100 ? reason.substring(0, 100) : reason);
        assertThat(browser.find(By.id("rejected-card")).getText()).doesNotContain(phone);
        browser.screenshot("leads-failed");

        row.findElement(By.cssSelector("button.crm-retry")).click();
        awaitMessage("Lead remis en file d'envoi");

        JsonObject retried = awaitLead(id, l -> attempts(l) > before);
        assertThat(retried.getJsonArray("timeline").toString()).contains("Relance par");
        browser.open("leads/detail.xhtml?id=" + id);
        browser.until(
                d -> {
                    List<String> types = timelineTypes();
                    if (types.stream().filter("delivery_attempt"::equals).count() > before) {
                        return true;
                    }
                    d.navigate().refresh();
                    return false;
                });
        assertThat(timelineTypes()).contains("retry");
    }

    @Test
    void anIntakeRejectionIsInTheRejectedViewWithItsReason() throws Exception {
        Partner partner = acceptingPartner();
        String nom = "Mauvais" + Long.toHexString(System.nanoTime());
        String body =
                Json.createObjectBuilder()
                        .add("form_id", partner.formCode())
                        .add("phone", "0123")
                        .add("nom", nom)
                        .add("code_postal", "75011")
                        .build()
                        .toString();
        HttpResponse<String> answer = api.post("api/v1/leads", body, INTAKE);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        String id = json(answer).getString("lead_id");
        assertThat(lead(id).getString("api_status")).isEqualTo("invalid_phone");

        logInAs("editor");
        browser.open("leads/problems.xhtml");
        WebElement row = rowWithPhone(By.cssSelector("#rejected-form tr.crm-problem-row"), nom);
        assertThat(row.getText()).contains("Téléphone invalide", "phone : ");
        assertThat(browser.find(By.id("failed-card")).getText()).doesNotContain(nom);
        assertThat(row.findElements(By.cssSelector("button.crm-retry"))).isEmpty();
    }

    @Test
    void editorForcesAFailedLeadToAnotherCrmCorrectsItAndArchivesIt() throws Exception {
        Partner failing = failingPartner();
        Partner other = acceptingPartner();
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String redistribution = "redis-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        HttpResponse<String> keyed =
                admin.put(
                        "api/settings/redistribution-keys/" + other.crmId() + "/*",
                        Json.createObjectBuilder()
                                .add("api_key", redistribution)
                                .build()
                                .toString());
        assertThat(keyed.statusCode()).as(keyed.body()).isEqualTo(200);
        String phone = newPhone();
        String id = submit(failing, phone, "Forcé");
        awaitLead(id, status("failed"));

        logInAs("editor");
        browser.open("leads/detail.xhtml?id=" + id);
        browser.find(By.id("writer-actions:force-open")).click();
        browser.until(d -> d.findElement(By.id("force-dialog")).isDisplayed());
        // The dialog fades in: its select takes a choice once the animation let it be interactable.
        browser.until(
                d -> {
                    try {
                        new Select(d.findElement(By.id("force:crm"))).selectByValue(other.crmId());
                        return true;
                    } catch (org.openqa.selenium.ElementNotInteractableException e) {
                        return null;
                    }
                });
        browser.screenshot("lead-force-send");
        browser.find(By.id("force:send")).click();

        awaitMessage("Lead remis en file d'envoi");
        assertThat(browser.find(By.id("timeline")).getText()).contains("Envoi forcé par");
        JsonObject sent = awaitLead(id, status("success"));
        assertThat(sent.getString("target_crm_slug")).isEqualTo(other.slug());

        // The correction form shows the lead as stored, also after the force-send's postback.
        assertThat(browser.find(By.id("edit:prenom")).getAttribute("value")).isEqualTo("Claire");
        assertThat(browser.find(By.id("edit:code_postal")).getAttribute("value"))
                .isEqualTo("75011");
        // A correction with a bad phone is refused whole, in French, on its field.
        browser.type(By.id("edit:phone"), "12");
        browser.type(By.id("edit:nom"), "Durand");
        browser.find(By.id("edit:save")).click();
        awaitMessage("Correction refusée : vérifiez les champs signalés");
        assertThat(textOf(By.cssSelector("#edit .ui-message-error")))
                .contains("Téléphone : Le téléphone n'est pas un numéro français valide");
        assertThat(browser.find(By.id("edit:nom")).getAttribute("value")).isEqualTo("Durand");
        assertThat(browser.find(By.cssSelector(".crm-detail")).getText()).doesNotContain("Durand");

        browser.type(By.id("edit:phone"), phone);
        browser.find(By.id("edit:save")).click();
        awaitMessage("Lead corrigé (nom)");
        assertThat(timelineTypes()).contains("staff_edit");
        assertThat(browser.find(By.cssSelector(".crm-detail")).getText())
                .contains("Durand", "Claire", "75011");
        assertThat(browser.find(By.id("edit:nom")).getAttribute("value")).isEqualTo("Durand");

        browser.find(By.id("writer-actions:archive")).click();
        browser.until(d -> d.findElement(By.id("writer-actions:confirm-yes")).isDisplayed());
        browser.find(By.id("writer-actions:confirm-yes")).click();
        browser.awaitPage("leads/list.xhtml");
        awaitMessage("Lead archivé");
        assertThat(admin.get("api/leads/" + id).statusCode()).isEqualTo(404);
        assertThat(admin.get("api/leads?archived=true&q=Durand").body()).contains(id);
    }

    @Test
    void bulkActionsOnSelectedRowsAndTheCsvExportOfTheFilteredTable() throws Exception {
        Partner failing = failingPartner();
        List<String> ids = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String phone = newPhone();
            phones.add(phone);
            ids.add(submit(failing, phone, "Lot" + i));
        }
        for (String id : ids) {
            awaitLead(id, status("failed"));
        }
        JsonObject editor = logInAs("editor");
        browser.open("leads/list.xhtml");
        browser.type(By.id("leads-form:form"), failing.formCode());
        browser.find(By.id("leads-form:apply")).click();
        browser.until(
                d -> {
                    List<WebElement> rows = d.findElements(By.cssSelector("tr.crm-lead-row"));
                    return rows.size() == 4
                            && rows.stream().allMatch(r -> r.getText().contains("Échoué"));
                });

        // The export: the API's CSV of the same filter, and logged as the API logs it.
        List<Object> csv = postFromPage("leads-form", Map.of("leads-form:export", ""));
        assertThat(((Number) csv.get(0)).intValue()).isEqualTo(200);
        assertThat((String) csv.get(1)).startsWith("text/csv");
        ApiClient.Staff sameEditor = api.as(editor.getString("token"));
        HttpResponse<String> fromApi =
                sameEditor.download(
                        "api/leads/export.csv?form_code=" + failing.formCode(), "text/csv");
        assertThat(fromApi.statusCode()).isEqualTo(200);
        String uiCsv = withoutBom((String) csv.get(2));
        assertThat(uiCsv).isEqualTo(withoutBom(fromApi.body()));
        assertThat(uiCsv.split("\r\n")).hasSize(5);
        assertThat(uiCsv).startsWith("\"Téléphone\";\"Nom\"").contains(phones);
        String log =
                StaffSessions.as(api, "admin")
                        .get("api/auth/activity-logs?user_id=" + editor.getString("user_id"))
                        .body();
        assertThat(log).contains("\"form_code\":\"" + failing.formCode() + "\"");
        assertThat(log.split("\"action\":\"export\"", -1).length - 1).isEqualTo(2);

        // Archive two selected rows.
        selectRows(phones.get(0), phones.get(1));
        browser.find(By.id("leads-form:bulk-archive")).click();
        browser.until(d -> d.findElement(By.id("leads-form:confirm-yes")).isDisplayed());
        browser.find(By.id("leads-form:confirm-yes")).click();
        awaitMessage("2 lead(s) archivé(s), 0 introuvable(s)");
        browser.until(d -> d.findElements(By.cssSelector("tr.crm-lead-row")).size() == 2);
        assertThat(sameEditor.get("api/leads/" + ids.get(0)).statusCode()).isEqualTo(404);
        assertThat(sameEditor.get("api/leads/" + ids.get(1)).statusCode()).isEqualTo(404);

        // Retry the two others.
        long before = attempts(lead(ids.get(2)));
        selectRows(phones.get(2), phones.get(3));
        browser.find(By.id("leads-form:bulk-retry")).click();
        awaitMessage("2 lead(s) remis en file d'envoi, 0 non relancé(s)");
        awaitLead(ids.get(2), l -> attempts(l) > before);
        assertThat(lead(ids.get(3)).getJsonArray("timeline").toString()).contains("Relance par");
    }

    private void selectRows(String... phones) {
        for (String phone : phones) {
            WebElement row = rowWithPhone(By.cssSelector("tr.crm-lead-row"), phone);
            row.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
            browser.until(
                    d ->
                            rowWithPhone(By.cssSelector("tr.crm-lead-row"), phone)
                                    .getAttribute("class")
                                    .contains("ui-state-highlight"));
        }
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Test
    void aViewerSeesNoActionAndAForgedActionPostbackChangesNothing() throws Exception {
        Partner failing = failingPartner();
        String phone = newPhone();
        String id = submit(failing, phone, "Lecteur");
        awaitLead(id, status("failed"));

        logInAs("viewer");
        browser.open("leads/detail.xhtml?id=" + id);
        browser.find(By.id("timeline"));
        assertThat(browser.all(By.id("actions:retry"))).isEmpty();
        assertThat(browser.all(By.id("writer-actions:archive"))).isEmpty();
        assertThat(browser.all(By.id("writer-actions:force-open"))).isEmpty();
        assertThat(browser.all(By.id("edit:save"))).isEmpty();

        // Forged postbacks of the writers' actions, with this page's own view state.
        postFromPage(
                "writer-actions",
                Map.of("writer-actions", "writer-actions", "writer-actions:archive", ""));
        postFromPage("edit", Map.of("edit", "edit", "edit:nom", "Pirate", "edit:save", ""));
        postFromPage("actions", Map.of("actions", "actions", "actions:retry", ""));
        JsonObject after = lead(id);
        assertThat(after.getString("api_status")).isEqualTo("failed");
        assertThat(after.getJsonArray("timeline").toString())
                .doesNotContain("Relance par", "Pirate");

        browser.open("leads/list.xhtml");
        rowWithPhone(By.cssSelector("tr.crm-lead-row"), phone);
        assertThat(browser.all(By.id("leads-form:bulk-archive"))).isEmpty();
        assertThat(browser.all(By.id("leads-form:bulk-retry"))).isEmpty();
        assertThat(browser.all(By.cssSelector("td.ui-selection-column"))).isEmpty();
        assertThat(browser.all(By.id("leads-form:export"))).hasSize(1);
        postFromPage(
                "leads-form",
                Map.of("leads-form:bulk-archive", "", "leads-form:leads_selection", id));

        browser.open("leads/problems.xhtml");
        rowWithPhone(By.cssSelector("#failed-form tr.crm-problem-row"), phone);
        assertThat(browser.all(By.cssSelector("button.crm-retry"))).isEmpty();
        postFromPage("failed-form", Map.of("failed-form:failed:0:retry", ""));

        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        assertThat(admin.get("api/leads/" + id).statusCode()).isEqualTo(200);
        JsonObject still = lead(id);
        assertThat(still.getString("api_status")).isEqualTo("failed");
        assertThat(still.getJsonArray("timeline").toString()).doesNotContain("Relance par");
    }

    @Test
    void dashboardShowsTheDeliveryQueueAndEachPartnersBreaker() throws Exception {
        Partner failing = failingPartner();
        String id = submit(failing, newPhone(), "Tableau");
        awaitLead(id, status("failed"));

        logInAs("admin");
        WebElement breaker =
                browser.find(By.cssSelector("#breakers tr[data-partner='" + failing.slug() + "']"));
        assertThat(breaker.getAttribute("data-state")).isEqualTo("closed");
        assertThat(breaker.getText()).contains("Fermé", "3");
        long failed = Long.parseLong(browser.find(By.id("queue-failed")).getText());
        assertThat(failed).isPositive();
        assertThat(Long.parseLong(browser.find(By.id("queue-queued")).getText())).isNotNegative();
        assertThat(Long.parseLong(browser.find(By.id("queue-in-flight")).getText()))
                .isNotNegative();
        browser.screenshot("dashboard-delivery");
    }
}
