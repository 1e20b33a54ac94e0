package fr.enersolar.crm.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.dropin.DropInJars;
import fr.enersolar.crm.web.dropin.ThirdConnectorFactory;
import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Browser;
import fr.enersolar.crm.web.testing.BrowserTestBase;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The administration pages (users, activity log, settings, connectors) in a real headless Chromium
 * against Payara Micro, with the zr7 connector packaged in the application, the mdl connector and a
 * broken jar in the connectors folder: an administrator creates a user who then logs in with its
 * role and sections; a partner key set through the page is shown once, then only masked; the v1 key
 * is regenerated after a confirmation; the connectors page lists zr7 and mdl with their settings
 * and finds a jar dropped later on a rescan; viewers and editors without the sections are refused
 * the pages, and a forged postback to an action is refused.
 */
class AdministrationPagesIT extends BrowserTestBase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final List<String> ADMIN_PAGES =
            List.of(
                    "admin/users.xhtml",
                    "admin/activity.xhtml",
                    "admin/settings.xhtml",
                    "admin/connectors.xhtml");

    private static Path folder;

    @Deployment(testable = false)
    static WebArchive deployment() {
        File zr7 = new File("../connector-zr7/target/connector-zr7-1.0.0-SNAPSHOT.jar");
        File mdl = new File("../connector-mdl/target/connector-mdl-1.0.0-SNAPSHOT.jar");
        if (!zr7.isFile() || !mdl.isFile()) {
            throw new IllegalStateException("build connector-zr7 and connector-mdl first");
        }
        try {
            Files.createDirectories(Path.of("target"));
            folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "connectors-");
            Files.copy(mdl.toPath(), folder.resolve("connector-mdl.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DropInJars.broken(folder.resolve("broken.jar"));
        return Deployments.webAdminWithCore(
                        Map.of("crm.connectors.dir", folder.toString().replace("\\", "/")))
                .addAsLibraries(zr7);
    }

    // ---------------------------------------------------------------- users

    @Test
    void administratorCreatesAUserWhoLogsInWithItsRoleAndSections() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        String email = "new-" + hex(4) + "@enersolar.test";
        logInAs(admin);
        browser.open("admin/users.xhtml");

        browser.type(By.id("create-form:email"), email);
        browser.type(By.id("create-form:nom"), "Nouvelle Recrue");
        choose("create-form:role", "Éditeur");
        // The role's default sections come in; the connectors section is added by hand.
        browser.until(d -> checkbox("create-form:sections", "billing").isSelected());
        assertThat(checkbox("create-form:sections", "users").isSelected()).isFalse();
        browser.find(
                        By.xpath(
                                "//*[@id='create-form:sections']//label[normalize-space()="
                                        + "'Connecteurs']"))
                .click();
        browser.until(d -> checkbox("create-form:sections", "connectors").isSelected());
        browser.find(By.id("create-form:create")).click();

        String password = textOf(By.id("shown-once-value"));
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        awaitMessage("Utilisateur créé : " + email);
        WebElement row = rowOf("tr.crm-user-row", email);
        assertThat(row.getText()).contains("Éditeur", "Facturation", "Connecteurs");
        // Never shown again: not after a reload, not in the activity log.
        browser.open("admin/users.xhtml");
        rowOf("tr.crm-user-row", email);
        assertThat(browser.driver().getPageSource()).doesNotContain(password);
        assertThat(browser.all(By.id("shown-once-value"))).isEmpty();
        browser.open("admin/activity.xhtml");
        rowOf("tr.crm-log-row", email);
        assertThat(browser.driver().getPageSource()).doesNotContain(password);

        JsonObject created = userByEmail(admin, email);
        assertThat(created.getString("role")).isEqualTo("editor");
        assertThat(created.getJsonObject("permissions").getBoolean("connectors")).isTrue();
        assertThat(created.getJsonObject("permissions").getBoolean("users")).isFalse();

        newBrowser();
        browser.open("login.xhtml");
        browser.logIn(email, password);
        browser.awaitPage("dashboard.xhtml");
        assertThat(browser.find(By.id("user-role")).getText()).isEqualTo("Éditeur");
        assertThat(menu())
                .contains("/admin/connectors.xhtml")
                .doesNotContain(
                        "/admin/users.xhtml", "/admin/settings.xhtml", "/admin/activity.xhtml");
        browser.open("admin/connectors.xhtml");
        browser.find(By.cssSelector("tr.crm-connector[data-id='zr7']"));
        assertThat(browser.all(By.id("rescan-form:rescan"))).isEmpty(); // administrators only
        browser.open("admin/users.xhtml");
        assertThat(browser.find(By.id("error-title")).getText()).isEqualTo("Accès refusé");
    }

    @Test
    void administratorEditsAndDeactivatesAUser() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        JsonObject other = StaffSessions.create(api, "viewer");
        logInAs(admin);
        browser.open("admin/users.xhtml?edit=" + other.getString("user_id"));

        choose("edit-form:role", "Éditeur");
        browser.until(d -> checkbox("edit-form:sections", "billing").isSelected());
        browser.find(By.id("edit-form:save")).click();
        awaitMessage("Utilisateur enregistré");
        assertThat(userByEmail(admin, other.getString("email")).getString("role"))
                .isEqualTo("editor");

        browser.open("admin/users.xhtml?edit=" + other.getString("user_id"));
        browser.find(By.id("edit-form:deactivate")).click();
        browser.until(d -> d.findElement(By.id("confirm-yes")).isDisplayed());
        browser.find(By.id("confirm-yes")).click();
        awaitMessage("Utilisateur désactivé");
        assertThat(userByEmail(admin, other.getString("email")).getBoolean("active")).isFalse();
        // Deactivation ended the user's sessions at once.
        assertThat(api.as(other.getString("token")).get("api/auth/me").statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- settings

    @Test
    void aPartnerKeyIsShownOnceThenOnlyMasked() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        String slug = "acme-" + hex(3);
        String crm =
                json(api.post("probe/admin/crms?name=Acme%20" + slug + "&slug=" + slug))
                        .getString("id");
        String key = "pk-" + hex(16);
        String mask = "****" + key.substring(key.length() - 4);
        logInAs(admin);
        browser.open("admin/settings.xhtml");

        choose("key-form:crm", "Acme " + slug + " (" + slug + ")");
        choose("key-form:product", "PV");
        browser.type(By.id("key-form:key"), key);
        browser.find(By.id("key-form:set")).click();

        assertThat(textOf(By.id("shown-once-value"))).isEqualTo(key);
        WebElement row =
                browser.find(
                        By.cssSelector(
                                "tr.crm-partner-key[data-crm='" + crm + "'][data-product='PV']"));
        assertThat(row.getText()).contains(mask).doesNotContain(key);
        assertThat(browser.find(By.id("key-form:key")).getAttribute("value")).isEmpty();

        // Afterwards only the mask is visible, anywhere on the page and in the activity log.
        browser.open("admin/settings.xhtml");
        browser.find(By.cssSelector("tr.crm-partner-key[data-crm='" + crm + "']"));
        String page = browser.driver().getPageSource();
        assertThat(page).doesNotContain(key).contains(mask);
        browser.open("admin/activity.xhtml");
        choose("activity-form:entity", "redistribution_key");
        browser.find(By.id("activity-form:apply")).click();
        // The filtered table replaces the first one: wait for an entry showing the mask.
        assertThat(rowText("tr.crm-log-row", slug + " PV", mask)).contains(mask);
        assertThat(browser.driver().getPageSource()).doesNotContain(key);
        // The API, too, has only the mask.
        assertThat(api.as(admin.getString("token")).get("api/settings/redistribution-keys").body())
                .contains(mask)
                .doesNotContain(key);
    }

    @Test
    void administratorRegeneratesTheIntakeKeyAfterConfirming() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        ApiClient.Staff adminApi = api.as(admin.getString("token"));
        String before = json(adminApi.get("api/config/api-key")).getString("api_key");
        logInAs(admin);
        browser.open("admin/settings.xhtml");
        assertThat(browser.find(By.id("intake-key-value")).getText()).isEqualTo(before);

        browser.find(By.id("regen-form:regenerate")).click();
        browser.until(d -> d.findElement(By.id("confirm-no")).isDisplayed());
        browser.find(By.id("confirm-no")).click();
        assertThat(json(adminApi.get("api/config/api-key")).getString("api_key")).isEqualTo(before);

        browser.find(By.id("regen-form:regenerate")).click();
        browser.until(d -> d.findElement(By.id("confirm-yes")).isDisplayed());
        browser.find(By.id("confirm-yes")).click();
        awaitMessage("Nouvelle clé API v1 en service");
        String after = json(adminApi.get("api/config/api-key")).getString("api_key");
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.find(By.id("intake-key-value")).getText()).isEqualTo(after);
    }

    // ---------------------------------------------------------------- connectors

    @Test
    void connectorsPageListsZr7AndMdlWithTheirSettingsAndARescanFindsANewJar() throws Exception {
        logInAs(StaffSessions.create(api, "admin"));
        browser.open("admin/connectors.xhtml");

        WebElement zr7 = browser.find(By.cssSelector("tr.crm-connector[data-id='zr7']"));
        assertThat(zr7.findElement(By.cssSelector(".crm-connector-source")).getText())
                .isEqualTo("Application (EAR)");
        assertThat(zr7.findElement(By.cssSelector(".crm-connector-version")).getText())
                .isNotBlank();
        WebElement mdl = browser.find(By.cssSelector("tr.crm-connector[data-id='mdl']"));
        assertThat(mdl.getText()).contains("Maison du Lead");
        assertThat(mdl.findElement(By.cssSelector(".crm-connector-source")).getText())
                .isEqualTo("Dossier des connecteurs · connector-mdl.jar");
        assertThat(
                        browser.find(
                                        By.cssSelector(
                                                "tr.crm-connector-problem[data-source='broken.jar']"))
                                .getText())
                .contains("classe introuvable : com.example.Missing");
        // Settings rendered from the descriptors: the endpoint as a URL input with its default.
        WebElement apiUrl =
                browser.find(
                        By.cssSelector(
                                ".crm-connector-settings[data-id='mdl']"
                                        + " .crm-setting[data-key='api_url']"));
        assertThat(apiUrl.getAttribute("data-type")).isEqualTo("URL");
        assertThat(apiUrl.findElement(By.tagName("input")).getAttribute("type")).isEqualTo("url");
        assertThat(apiUrl.findElement(By.tagName("input")).getAttribute("placeholder"))
                .isEqualTo("https://maison-du-lead.com/lead/api/create_lead/");
        assertThat(browser.all(By.cssSelector("tr.crm-connector[data-id='third']"))).isEmpty();

        DropInJars.build(
                folder.resolve("third-connector.jar"), ThirdConnectorFactory.class, "0.1.0");
        browser.find(By.id("rescan-form:rescan")).click();

        awaitMessage("Dossier réexaminé");
        WebElement third = browser.find(By.cssSelector("tr.crm-connector[data-id='third']"));
        assertThat(third.findElement(By.cssSelector(".crm-connector-version")).getText())
                .isEqualTo("0.1.0");
        assertThat(third.getText()).contains("third-connector.jar");
        browser.find(By.cssSelector("tr.crm-connector[data-id='zr7']"));
    }

    @Test
    void administratorChoosesACrmsConnectorAndFillsTheSettingsItsDescriptorsAskFor()
            throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        String slug = "dest-" + hex(3);
        String crm = json(api.post("probe/admin/crms?name=Dest&slug=" + slug)).getString("id");
        String url = "https://" + slug + ".example/lead/api/create_lead/";
        logInAs(admin);
        browser.open("admin/connectors.xhtml");
        WebElement row =
                browser.find(By.cssSelector("tr.crm-crm-connector[data-crm='" + crm + "']"));
        row.findElement(By.cssSelector("a.crm-view")).click();
        assertThat(textOf(By.id("crm-connector-id"))).isEqualTo(slug); // none installed yet

        choose("crm-form:connector", "mdl");
        By apiUrl = By.cssSelector("#crm-connector .crm-setting[data-key='api_url'] input");
        assertThat(browser.find(apiUrl).getAttribute("type")).isEqualTo("url");
        assertThat(browser.all(By.cssSelector("#crm-connector .crm-setting")))
                .extracting(e -> e.getAttribute("data-key"))
                .containsExactly("api_url", "connect_timeout_ms", "read_timeout_ms");
        // A value the descriptor refuses (not http or https) is refused, naming the setting.
        browser.type(apiUrl, "ftp://" + slug + ".example/leads/");
        browser.find(By.id("crm-form:save")).click();
        awaitMessage("settings.api_url");
        assertThat(
                        json(api.as(admin.getString("token")).get("api/crms/" + crm + "/connector"))
                                .getString("connector_id"))
                .isEqualTo(slug);

        browser.type(apiUrl, url);
        browser.find(By.id("crm-form:save")).click();

        awaitMessage("Connecteur enregistré");
        assertThat(textOf(By.id("crm-connector-id"))).isEqualTo("mdl");
        JsonObject saved =
                json(api.as(admin.getString("token")).get("api/crms/" + crm + "/connector"));
        assertThat(saved.getString("connector_id")).isEqualTo("mdl");
        assertThat(saved.getBoolean("installed")).isTrue();
        assertThat(saved.getJsonObject("settings").getString("api_url")).isEqualTo(url);
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void viewersAndEditorsWithoutTheSectionsReachNoAdministrationPage() throws Exception {
        for (String role : List.of("viewer", "editor")) {
            JsonObject staff = StaffSessions.create(api, role);
            for (String page : ADMIN_PAGES) {
                assertThat(getWithCookie(page, staff.getString("token")).statusCode())
                        .as(role + " " + page)
                        .isEqualTo(403);
            }
            newBrowser();
            logInAs(staff);
            assertThat(menu()).noneMatch(p -> p.startsWith("/admin/"));
            browser.open("admin/settings.xhtml");
            assertThat(browser.find(By.id("error-title")).getText()).isEqualTo("Accès refusé");
            assertThat(browser.driver().getPageSource()).doesNotContain("intake-key-value");
        }
    }

    @Test
    void aPostbackToAnAdministrationActionFromAnEditorIsRefused() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        ApiClient.Staff adminApi = api.as(admin.getString("token"));
        JsonObject editor = StaffSessions.create(api, "editor");
        String email = "forged-" + hex(4) + "@enersolar.test";
        Map<String, String> create = new LinkedHashMap<>();
        create.put("create-form", "create-form");
        create.put("create-form:email", email);
        create.put("create-form:role_input", "admin");
        create.put("create-form:sections", "users");
        create.put("create-form:generate_input", "on");
        create.put("create-form:create", "");
        create.put("jakarta.faces.ViewState", "stateless");

        // An editor without the users section: the page refuses the postback before any action.
        HttpResponse<String> forged =
                postWithCookie("admin/users.xhtml", editor.getString("token"), create);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(adminApi.get("api/auth/users?limit=200").body()).doesNotContain(email);
    }

    @Test
    void anEditorWhoMayReadSettingsAndConnectorsCannotTriggerTheirActions() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        ApiClient.Staff adminApi = api.as(admin.getString("token"));
        String intakeKey = json(adminApi.get("api/config/api-key")).getString("api_key");
        String scannedAt = json(adminApi.get("api/connectors")).getString("scanned_at");
        JsonObject editor =
                StaffSessions.create(api, "editor", "dashboard", "forms", "settings", "connectors");
        logInAs(editor);

        browser.open("admin/settings.xhtml");
        // The publishable key is shown (forms are open), but no administrator's form.
        assertThat(browser.find(By.id("intake-key-value")).getText()).isEqualTo(intakeKey);
        assertThat(browser.all(By.id("regen-form:regenerate"))).isEmpty();
        assertThat(browser.all(By.id("key-form:set"))).isEmpty();
        // A postback forged in the page (its own view state) still runs into the action's check.
        forgeInPage(Map.of("regen-form", "regen-form", "regen-form:regenerate", ""));
        awaitMessage("Action refusée : Accès admin requis");
        assertThat(json(adminApi.get("api/config/api-key")).getString("api_key"))
                .isEqualTo(intakeKey);

        browser.open("admin/connectors.xhtml");
        browser.find(By.cssSelector("tr.crm-connector[data-id='zr7']"));
        assertThat(browser.all(By.id("rescan-form:rescan"))).isEmpty();
        assertThat(browser.all(By.id("crm-form:save"))).isEmpty();
        forgeInPage(Map.of("rescan-form", "rescan-form", "rescan-form:rescan", ""));
        awaitMessage("Action refusée : Accès admin requis");
        assertThat(json(adminApi.get("api/connectors")).getString("scanned_at"))
                .isEqualTo(scannedAt);
    }

    // ---------------------------------------------------------------- helpers

    private void newBrowser() {
        browser.close();
        browser = new Browser(deployed);
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

    /**
     * Picks the option with this label in a PrimeFaces select menu: opens the menu and clicks the
     * option until the menu shows it (a click during the panel's animation may be lost).
     */
    private void choose(String menuId, String label) {
        By option =
                By.xpath(
                        "//*[@id='"
                                + menuId
                                + "_panel']//li[contains(@class, 'ui-selectonemenu-item')"
                                + " and @data-label=\""
                                + label
                                + "\"]");
        browser.until(
                d -> {
                    if (d.findElement(By.id(menuId + "_label")).getText().equals(label)) {
                        return true;
                    }
                    List<WebElement> shown =
                            d.findElements(option).stream()
                                    .filter(WebElement::isDisplayed)
                                    .toList();
                    if (shown.isEmpty()) {
                        d.findElement(By.id(menuId)).click();
                    } else {
                        shown.get(0).click();
                    }
                    return false;
                });
    }

    private WebElement checkbox(String groupId, String value) {
        return browser.driver()
                .findElement(By.xpath("//*[@id='" + groupId + "']//input[@value='" + value + "']"));
    }

    /** Waits until the page's messages show this text (the answer to the last action). */
    private void awaitMessage(String expected) {
        try {
            browser.until(d -> d.findElement(By.id("messages")).getText().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no message \""
                            + expected
                            + "\" in: "
                            + browser.driver().findElement(By.id("messages")).getText(),
                    e);
        }
    }

    /** The text of an element, once it has some. */
    private String textOf(By by) {
        return browser.until(
                d -> {
                    String text = d.findElement(by).getText();
                    return text.isBlank() ? null : text;
                });
    }

    /** The text of the first row of this kind showing all these texts, once the page shows it. */
    private String rowText(String css, String... texts) {
        return browser.until(
                d ->
                        d.findElements(By.cssSelector(css)).stream()
                                .map(WebElement::getText)
                                .filter(t -> List.of(texts).stream().allMatch(t::contains))
                                .findFirst()
                                .orElse(null));
    }

    /** The first row of this kind showing this text, once the page shows it. */
    private WebElement rowOf(String css, String text) {
        return browser.until(
                d ->
                        d.findElements(By.cssSelector(css)).stream()
                                .filter(r -> r.getText().contains(text))
                                .findFirst()
                                .orElse(null));
    }

    /**
     * Submits, from the page shown, a form the page does not offer: these fields plus the page's
     * own view state, as a script running in the page could.
     */
    private void forgeInPage(Map<String, String> fields) {
        String marker = "forged-" + hex(4);
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var f = document.createElement('form'); f.method = 'post';"
                                + " f.action = window.location.pathname; f.id = arguments[1];"
                                + " var add = function (n, v) { var i ="
                                + " document.createElement('input'); i.type = 'hidden'; i.name ="
                                + " n; i.value = v; f.appendChild(i); };"
                                + " var fields = arguments[0];"
                                + " Object.keys(fields).forEach(function (k) { add(k, fields[k]);"
                                + " });"
                                + " add('jakarta.faces.ViewState',"
                                + " document.querySelector(\"input[name='jakarta.faces.ViewState']\").value);"
                                + " document.body.appendChild(f); f.submit();",
                        fields,
                        marker);
        // The answer is a new page: wait until the form we added is gone.
        browser.until(d -> d.findElements(By.id(marker)).isEmpty());
    }

    private JsonObject userByEmail(JsonObject admin, String email) throws Exception {
        JsonObject list = json(api.as(admin.getString("token")).get("api/auth/users?limit=200"));
        return list.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("email").equals(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no user " + email + " in " + list));
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

    private HttpResponse<String> postWithCookie(String path, String token, Map<String, String> form)
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
                                .header("Cookie", "crm_session=" + token)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
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

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
