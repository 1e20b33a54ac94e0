package fr.enersolar.crm.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Browser;
import fr.enersolar.crm.web.testing.BrowserTestBase;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The catalogue pages of the admin UI (issue 7) in a real headless Chromium against Payara Micro:
 * an administrator creates a commande through the form (product, départements including Corsica,
 * caps, price) and the JSON API stores exactly that; a viewer given the commandes section sees them
 * without any writer's button, and a forged postback of the writers' action is refused by its
 * guard; a viewer without a section is refused its pages.
 */
class CataloguePagesIT extends BrowserTestBase {

    /** Generated for this run: no secret in the code. */
    static final String KEY = "it-" + UUID.randomUUID();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore(Map.of("crm.api.key", KEY));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A new CRM (test-only probe); answers its id. */
    private String newCrm() throws Exception {
        HttpResponse<String> answer = api.post("probe/catalogue/crm");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getString("id");
    }

    private void logInAs(JsonObject staff) {
        browser.open("login.xhtml");
        browser.logIn(staff.getString("email"), staff.getString("password"));
        browser.awaitPage("dashboard.xhtml");
    }

    /** The commandes of a CRM as the JSON API answers them. */
    private JsonArray commandesOf(ApiClient.Staff staff, String crmId) throws Exception {
        HttpResponse<String> answer = staff.get("api/commandes?crm_id=" + crmId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getJsonArray("commandes");
    }

    private static List<String> codes(JsonObject commande) {
        return commande.getJsonArray("departements").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /**
     * Picks an option of a PrimeFaces select-one menu by its label: opens the menu and clicks the
     * option until the menu shows it (a click that lands while the panel is still opening is lost).
     */
    private void choose(String menuId, String label) {
        browser.until(
                d -> {
                    if (d.findElement(By.id(menuId + "_label")).getText().equals(label)) {
                        return true;
                    }
                    Optional<WebElement> item =
                            d.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                                    .filter(
                                            li ->
                                                    li.isDisplayed()
                                                            && label.equals(
                                                                    li.getAttribute("data-label")))
                                    .findFirst();
                    if (item.isPresent()) {
                        item.get().click();
                    } else {
                        d.findElement(By.id(menuId)).click();
                    }
                    return false;
                });
    }

    private void tick(String departement) {
        WebElement box =
                browser.find(
                        By.cssSelector(
                                "#commande\\:departements input[value='" + departement + "']"));
        box.click();
        assertThat(box.isSelected()).isTrue();
    }

    /** The text of the page's messages, once there is one. */
    private String messages() {
        return browser.until(
                d -> {
                    String text = d.findElement(By.id("messages")).getText();
                    return text.isBlank() ? null : text;
                });
    }

    private List<WebElement> commandeRows() {
        return browser.all(By.cssSelector("tr.crm-commande-row"));
    }

    @Test
    void administratorCreatesACommandeThroughTheFormAndTheApiStoresIt() throws Exception {
        String crm = newCrm();
        JsonObject admin = StaffSessions.create(api, "admin");
        logInAs(admin);

        assertThat(
                        browser.all(By.cssSelector("#menu a")).stream()
                                .map(a -> a.getAttribute("data-page")))
                .contains("/commandes/list.xhtml");
        browser.find(By.cssSelector("#menu a[data-page='/commandes/list.xhtml']")).click();
        browser.awaitPage("commandes/list.xhtml");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Commandes");
        browser.find(By.cssSelector("#crm-summaries a[data-crm='" + crm + "']")).click();
        browser.until(d -> d.getCurrentUrl().contains("crm=" + crm));
        assertThat(browser.find(By.tagName("h2")).getText()).startsWith("CRM t");
        assertThat(commandeRows()).isEmpty();

        browser.find(By.id("new")).click();
        browser.awaitPage("commandes/edit.xhtml");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Nouvelle commande");
        // A page's sub-page keeps its menu entry highlighted.
        assertThat(browser.find(By.cssSelector("#menu a.current")).getAttribute("data-page"))
                .isEqualTo("/commandes/list.xhtml");
        assertThat(browser.find(By.id("commande:crm_label")).getText()).startsWith("CRM t");
        // The picker offers the 96 metropolitan départements, Corsica as 2A and 2B, not 20.
        List<String> offered =
                browser.all(By.cssSelector("#commande\\:departements input")).stream()
                        .map(i -> i.getAttribute("value"))
                        .toList();
        assertThat(offered).hasSize(96).contains("01", "2A", "2B", "95").doesNotContain("20");
        choose("commande:product", "PAC");
        tick("2A");
        tick("69");
        tick("75");
        browser.type(By.id("commande:cap-day"), "5");
        browser.type(By.id("commande:cap-week"), "20");
        browser.type(By.id("commande:price"), "12,50");
        browser.type(By.id("commande:notes"), "Créée par le navigateur");
        browser.screenshot("commande-edit");
        browser.find(By.id("commande:save")).click();

        browser.awaitPage("commandes/list.xhtml");
        assertThat(messages()).contains("Commande créée");
        assertThat(commandeRows()).hasSize(1);
        String row = commandeRows().get(0).getText();
        assertThat(row).contains("PAC", "3 département(s)", "2A, 69, 75", "5", "20", "12,50");
        assertThat(row).contains("Active");
        assertThat(browser.find(By.id("crm-summaries")).getText())
                .contains("1 active(s) sur 1 commande(s)");
        browser.screenshot("commandes");

        ApiClient.Staff adminApi = api.as(admin.getString("token"));
        JsonArray stored = commandesOf(adminApi, crm);
        assertThat(stored).hasSize(1);
        JsonObject commande = stored.getJsonObject(0);
        assertThat(commande.getString("product_type")).isEqualTo("PAC");
        assertThat(codes(commande)).containsExactlyInAnyOrder("2A", "69", "75");
        assertThat(commande.getInt("cap_per_day")).isEqualTo(5);
        assertThat(commande.getInt("cap_per_week")).isEqualTo(20);
        assertThat(commande.getJsonNumber("prix_unitaire").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(commande.getInt("prix_unitaire_cents")).isEqualTo(1250);
        assertThat(commande.getBoolean("active")).isTrue();
        assertThat(commande.getString("notes")).isEqualTo("Créée par le navigateur");

        // Deactivate from the list, then edit: every département, no caps.
        browser.find(By.id("commandes-form:commandes:0:toggle")).click();
        assertThat(messages()).contains("Commande désactivée");
        browser.until(d -> commandeRows().get(0).getText().contains("Inactive"));
        assertThat(commandesOf(adminApi, crm).getJsonObject(0).getBoolean("active")).isFalse();

        browser.find(By.id("commandes-form:commandes:0:edit")).click();
        browser.awaitPage("commandes/edit.xhtml");
        assertThat(browser.find(By.id("commande:price")).getAttribute("value")).isEqualTo("12.50");
        assertThat(browser.find(By.id("commande:cap-day")).getAttribute("value")).isEqualTo("5");
        browser.find(By.cssSelector("#commande\\:everywhere .ui-chkbox-box")).click();
        browser.type(By.id("commande:cap-day"), "");
        browser.type(By.id("commande:price"), "9");
        browser.find(By.id("commande:save")).click();
        browser.awaitPage("commandes/list.xhtml");
        assertThat(messages()).contains("Commande enregistrée");
        JsonObject changed = commandesOf(adminApi, crm).getJsonObject(0);
        assertThat(codes(changed)).containsExactly("*");
        assertThat(changed.isNull("cap_per_day")).isTrue();
        assertThat(changed.getInt("cap_per_week")).isEqualTo(20);
        assertThat(changed.getInt("prix_unitaire_cents")).isEqualTo(900);
        assertThat(commandeRows().get(0).getText()).contains("Tous les départements", "Illimité");
    }

    @Test
    void aRefusedFieldIsShownAndNothingIsStored() throws Exception {
        String crm = newCrm();
        JsonObject admin = StaffSessions.create(api, "admin");
        logInAs(admin);
        browser.open("commandes/edit.xhtml?crm=" + crm);

        browser.type(By.id("commande:price"), "12,345");
        browser.find(By.id("commande:save")).click();
        assertThat(messages()).contains("Prix unitaire : un montant en euros positif ou nul");

        browser.type(By.id("commande:price"), "10");
        browser.find(By.id("commande:save")).click();
        // No département ticked and not "every département": the service's own refusal.
        assertThat(messages()).contains("Départements : au moins un département");
        assertThat(browser.page()).isEqualTo("commandes/edit.xhtml");
        assertThat(commandesOf(api.as(admin.getString("token")), crm)).isEmpty();
    }

    @Test
    void viewerOfTheCommandesSeesThemButCannotChangeThem() throws Exception {
        String crm = newCrm();
        JsonObject admin = StaffSessions.create(api, "admin");
        ApiClient.Staff adminApi = api.as(admin.getString("token"));
        HttpResponse<String> created =
                adminApi.post(
                        "api/commandes",
                        "{\"crm_id\":\""
                                + crm
                                + "\",\"product_type\":\"PV\",\"departements\":[\"13\",\"2B\"],"
                                + "\"prix_unitaire\":7.5,\"cap_per_day\":3}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject viewer = StaffSessions.create(api, "viewer", "dashboard", "commandes");
        logInAs(viewer);

        browser.open("commandes/list.xhtml?crm=" + crm);
        browser.until(d -> commandeRows().size() == 1 ? true : null);
        assertThat(commandeRows().get(0).getText()).contains("PV", "13, 2B", "3", "7,50", "Active");
        assertThat(browser.all(By.id("new"))).isEmpty();
        assertThat(browser.all(By.id("commandes-form:commandes:0:toggle"))).isEmpty();
        assertThat(browser.all(By.id("commandes-form:commandes:0:edit"))).isEmpty();

        // In English too, and still without the writers' buttons after this postback.
        browser.find(By.id("session-form:lang-en")).click();
        browser.until(d -> d.findElement(By.tagName("h1")).getText().equals("Orders"));
        assertThat(browser.driver().getCurrentUrl()).contains("crm=" + crm);
        assertThat(commandeRows().get(0).getText()).contains("Active", "7.50");
        assertThat(browser.all(By.id("commandes-form:commandes:0:toggle"))).isEmpty();

        String token = viewer.getString("token");
        // The form page itself is for writers.
        assertThat(get("commandes/edit.xhtml?crm=" + crm, token).statusCode()).isEqualTo(403);

        // A forged postback of the deactivate button, with this session's real view state.
        String viewState =
                browser.find(
                                By.cssSelector(
                                        "#commandes-form input[name='jakarta.faces.ViewState']"))
                        .getAttribute("value");
        String cookies =
                browser.driver().manage().getCookies().stream()
                        .map(c -> c.getName() + "=" + c.getValue())
                        .collect(Collectors.joining("; "));
        HttpResponse<String> forged =
                post(
                        "commandes/list.xhtml",
                        cookies,
                        Map.of(
                                "commandes-form", "commandes-form",
                                "commandes-form:commandes:0:toggle", "x",
                                "jakarta.faces.ViewState", viewState));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("en lecture seule");
        assertThat(commandesOf(adminApi, crm).getJsonObject(0).getBoolean("active")).isTrue();

        // The same postback from a writer's session does deactivate: the refusal is the guard's.
        logInAsNewBrowser(StaffSessions.create(api, "editor", "dashboard", "commandes"));
        browser.open("commandes/list.xhtml?crm=" + crm);
        browser.find(By.id("commandes-form:commandes:0:toggle")).click();
        assertThat(messages()).contains("Commande désactivée");
        assertThat(commandesOf(adminApi, crm).getJsonObject(0).getBoolean("active")).isFalse();
    }

    @Test
    void viewerIsRefusedTheCatalogueSectionsItsRoleDoesNotOpen() throws Exception {
        JsonObject viewer = StaffSessions.create(api, "viewer");
        logInAs(viewer);

        assertThat(
                        browser.all(By.cssSelector("#menu a")).stream()
                                .map(a -> a.getAttribute("data-page")))
                .containsExactly(
                        "/dashboard.xhtml",
                        "/leads/list.xhtml",
                        "/leads/problems.xhtml", // ui-gaps
                        "/lps/list.xhtml",
                        "/forms/list.xhtml",
                        "/departements/stats.xhtml",
                        "/verification/reports.xhtml");
        browser.open("commandes/list.xhtml");
        assertThat(browser.find(By.id("error-title")).getText()).isEqualTo("Accès refusé");
        String token = viewer.getString("token");
        assertThat(get("commandes/list.xhtml", token).statusCode()).isEqualTo(403);
        assertThat(get("commandes/edit.xhtml", token).statusCode()).isEqualTo(403);
        assertThat(get("accounts/list.xhtml", token).statusCode()).isEqualTo(403);
        assertThat(get("accounts/edit.xhtml", token).statusCode()).isEqualTo(403);
        for (String open :
                List.of(
                        "dashboard.xhtml",
                        "lps/list.xhtml",
                        "forms/list.xhtml",
                        "departements/stats.xhtml")) {
            assertThat(get(open, token).statusCode()).as(open).isEqualTo(200);
        }
    }

    /**
     * A new account of a new CRM and its landing page + form, through the API; the duo's answer.
     */
    private JsonObject newDuo(ApiClient.Staff admin, String product) throws Exception {
        HttpResponse<String> account =
                admin.post(
                        "api/accounts",
                        Json.createObjectBuilder()
                                .add("name", "Compte " + UUID.randomUUID())
                                .add("crm_id", newCrm())
                                .build()
                                .toString());
        assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
        HttpResponse<String> duo =
                admin.post(
                        "api/lps",
                        Json.createObjectBuilder()
                                .add(
                                        "account_id",
                                        json(account).getJsonObject("account").getString("id"))
                                .add("name", "LP " + UUID.randomUUID())
                                .add("url", "https://soleil.example/lp")
                                .add("product_type", product)
                                .build()
                                .toString());
        assertThat(duo.statusCode()).as(duo.body()).isEqualTo(200);
        return json(duo);
    }

    @Test
    void editorCreatesAndEditsAnAccount() throws Exception {
        String crm = newCrm();
        JsonObject editor = StaffSessions.create(api, "editor");
        logInAs(editor);
        browser.find(By.cssSelector("#menu a[data-page='/accounts/list.xhtml']")).click();
        browser.awaitPage("accounts/list.xhtml");
        browser.find(By.cssSelector("#crm-filter a[data-crm='" + crm + "']")).click();
        browser.until(d -> d.getCurrentUrl().contains("crm=" + crm));
        browser.find(By.id("new")).click();
        browser.awaitPage("accounts/edit.xhtml");
        String name = "Soleil " + UUID.randomUUID().toString().substring(0, 6);
        browser.type(By.id("account:name"), name);
        browser.type(By.id("account:domain"), "pas un domaine");
        browser.type(By.id("account:primary-color"), "#3B82F6");
        browser.find(By.id("account:save")).click();
        assertThat(messages()).contains("Domaine : nom de domaine attendu");

        browser.type(By.id("account:domain"), "soleil-energie.fr");
        browser.find(By.id("account:save")).click();
        browser.awaitPage("accounts/list.xhtml");
        assertThat(messages()).contains("Compte « " + name + " » créé");
        WebElement row = browser.find(By.cssSelector("tr.crm-account-row"));
        assertThat(row.getText()).contains(name, "soleil-energie.fr");

        ApiClient.Staff editorApi = api.as(editor.getString("token"));
        HttpResponse<String> listed = editorApi.get("api/accounts?crm_id=" + crm);
        JsonObject account = json(listed).getJsonArray("accounts").getJsonObject(0);
        assertThat(account.getString("name")).isEqualTo(name);
        assertThat(account.getString("domain")).isEqualTo("soleil-energie.fr");
        assertThat(account.getString("primary_color")).isEqualToIgnoringCase("#3B82F6");

        row.findElement(By.cssSelector("a.crm-view")).click();
        browser.awaitPage("accounts/edit.xhtml");
        assertThat(browser.find(By.id("account:name")).getAttribute("value")).isEqualTo(name);
        // GTM snippets are for administrators: read-only for an editor.
        assertThat(browser.find(By.id("account:gtm-head")).getAttribute("readonly")).isNotNull();
        browser.type(By.id("account:name"), name + " bis");
        browser.find(By.id("account:save")).click();
        browser.awaitPage("accounts/list.xhtml");
        assertThat(messages()).contains("enregistré");
        assertThat(json(editorApi.get("api/accounts/" + account.getString("id"))).getString("name"))
                .isEqualTo(name + " bis");
    }

    @Test
    void landingPageBriefIsTheGeneratorsWithCopyButtons() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        ApiClient.Staff adminApi = api.as(admin.getString("token"));
        JsonObject duo = newDuo(adminApi, "PAC");
        String lpId = duo.getJsonObject("lp").getString("id");
        String lpCode = duo.getJsonObject("codes").getString("lp_code");
        String formCode = duo.getJsonObject("codes").getString("form_code");
        logInAs(StaffSessions.create(api, "viewer"));

        browser.find(By.cssSelector("#menu a[data-page='/lps/list.xhtml']")).click();
        browser.awaitPage("lps/list.xhtml");
        WebElement row =
                browser.until(
                        d ->
                                d.findElements(By.cssSelector("tr.crm-lp-row")).stream()
                                        .filter(r -> r.getText().contains(lpCode))
                                        .findFirst()
                                        .orElse(null));
        assertThat(row.getText()).contains(formCode, "PAC");
        row.findElement(By.cssSelector("a.crm-view")).click();
        browser.awaitPage("lps/brief.xhtml");
        assertThat(browser.find(By.tagName("h1")).getText()).contains(lpCode);
        assertThat(browser.find(By.id("brief-liaison")).getText())
                .isEqualTo(duo.getJsonObject("codes").getString("liaison_code"));

        // The API asked at the browser's address, so both briefs carry the same API URL.
        ApiClient.Staff sameHost =
                new ApiClient(URI.create(browser.base()).toURL()).as(admin.getString("token"));
        JsonObject expected = json(sameHost.get("api/lps/" + lpId + "/brief"));
        String pageApi = browser.find(By.id("brief-api")).getText();
        assertThat(pageApi).isEqualTo(expected.getString("api_url"));
        JsonObject scripts = expected.getJsonObject("scripts");
        List<String> shown =
                browser.all(By.cssSelector("pre.crm-brief-script")).stream()
                        .map(pre -> pre.getAttribute("textContent"))
                        .toList();
        List<String> generated =
                List.of("combined", "lp", "form").stream()
                        .filter(k -> !scripts.isNull(k))
                        .map(
                                k ->
                                        scripts.getString(k)
                                                .replace(expected.getString("api_url"), pageApi))
                        .toList();
        assertThat(shown).isNotEmpty().containsExactlyElementsOf(generated);
        assertThat(shown.get(0)).contains(pageApi);
        browser.screenshot("lp-brief");

        WebElement copy = browser.all(By.cssSelector("button.crm-copy")).get(0);
        copy.click();
        browser.until(d -> copy.getAttribute("data-copied") != null);
        assertThat(copy.getAttribute("data-copied")).isEqualTo("true");
        assertThat(copy.getText()).contains("Copié");
    }

    @Test
    void formsByProductAndTheFormBrief() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        JsonObject duo = newDuo(api.as(admin.getString("token")), "ITE");
        String formCode = duo.getJsonObject("codes").getString("form_code");
        logInAs(admin);

        browser.open("forms/list.xhtml?product=ITE");
        WebElement row =
                browser.until(
                        d ->
                                d.findElements(By.cssSelector("tr.crm-form-row")).stream()
                                        .filter(r -> r.getText().contains(formCode))
                                        .findFirst()
                                        .orElse(null));
        assertThat(browser.all(By.cssSelector("tr.crm-form-row")))
                .allSatisfy(r -> assertThat(r.getText()).contains("ITE"));
        row.findElement(By.cssSelector("a.crm-view")).click();
        browser.awaitPage("forms/brief.xhtml");
        assertThat(browser.find(By.id("brief")).getText())
                .contains("/api/forms/public/" + formCode, "Script du formulaire", "Copier");
        assertThat(browser.find(By.id("script-form")).getAttribute("textContent"))
                .contains(formCode);

        browser.open("forms/brief.xhtml?id=pas-un-formulaire");
        assertThat(messages()).contains("Formulaire non trouvé");
    }

    @Test
    void departementStatisticsCountTheLeadsAndDrawTheChart() throws Exception {
        String form =
                json(api.post("probe/leads-probe/forms?product=PV", "", Map.of()))
                        .getString("code");
        submitLead(form, "69003");
        submitLead(form, "69100");
        submitLead(form, "20000");
        logInAs(StaffSessions.create(api, "viewer"));

        browser.find(By.cssSelector("#menu a[data-page='/departements/stats.xhtml']")).click();
        browser.awaitPage("departements/stats.xhtml");
        browser.find(By.cssSelector("#periods a[data-period='all']")).click();
        browser.until(d -> d.getCurrentUrl().contains("period=all"));
        browser.until(d -> d.findElement(By.cssSelector("#per-departement canvas")));
        assertThat(departementRow("69")).contains("Rhône", "2");
        assertThat(departementRow("2A")).contains("Corse-du-Sud", "1");
        assertThat(Long.parseLong(browser.find(By.id("stats-total")).getText()))
                .isGreaterThanOrEqualTo(3);
        browser.screenshot("departements");

        browser.find(By.cssSelector("#products a[data-product='PAC']")).click();
        browser.until(d -> d.getCurrentUrl().contains("product=PAC"));
        assertThat(browser.find(By.id("stats-PV")).getText()).isEqualTo("0");
        assertThat(
                        browser.all(By.cssSelector("tr.crm-departement-row")).stream()
                                .map(WebElement::getText))
                .noneMatch(t -> t.startsWith("69 "));
    }

    private String departementRow(String code) {
        return browser.until(
                d ->
                        d.findElements(By.cssSelector("tr.crm-departement-row")).stream()
                                .map(WebElement::getText)
                                .filter(t -> t.startsWith(code + " "))
                                .findFirst()
                                .orElse(null));
    }

    private void submitLead(String form, String postalCode) throws Exception {
        String body =
                Json.createObjectBuilder()
                        .add("form_id", form)
                        .add("phone", "061" + (1000000 + (int) (Math.random() * 8999999)))
                        .add("nom", "Durand")
                        .add("code_postal", postalCode)
                        .build()
                        .toString();
        HttpResponse<String> answer =
                api.post("api/v1/leads", body, Map.of("Authorization", "Token " + KEY));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void viewerWithTheAccountsSectionReadsThemButHasNoWritersPage() throws Exception {
        JsonObject viewer = StaffSessions.create(api, "viewer", "dashboard", "accounts");
        logInAs(viewer);
        browser.open("accounts/list.xhtml");
        browser.find(By.id("accounts-form:accounts"));
        assertThat(browser.all(By.id("new"))).isEmpty();
        assertThat(browser.all(By.cssSelector("tr.crm-account-row a.crm-view"))).isEmpty();
        String token = viewer.getString("token");
        assertThat(get("accounts/edit.xhtml", token).statusCode()).isEqualTo(403);
        assertThat(get("lps/list.xhtml", token).statusCode()).isEqualTo(403);
    }

    private void logInAsNewBrowser(JsonObject staff) {
        browser.close();
        browser = new Browser(deployed);
        logInAs(staff);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return plainHttp()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.base() + path))
                                .header("Cookie", "crm_session=" + token)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookies, Map<String, String> form)
            throws Exception {
        String body =
                form.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return plainHttp()
                .send(
                        HttpRequest.newBuilder(URI.create(browser.base() + path))
                                .header("Cookie", cookies)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpClient plainHttp() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
