package fr.enersolar.crm.web.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) driven by Selenium, for the admin UI's tests: one per test, so no cookie or
 * session leaks from one test to the next. Waits poll with a deadline; nothing sleeps.
 */
public final class Browser implements AutoCloseable {

    /** Debian's paths; overridable for other systems. */
    private static final String CHROMIUM = System.getProperty("crm.chromium", "/usr/bin/chromium");

    private static final String DRIVER =
            System.getProperty("crm.chromedriver", "/usr/bin/chromedriver");

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Where screenshots go when {@code -Dcrm.screenshots=true} (the repository's docs/). */
    private static final Path DOCS = Path.of("..", "docs");

    private final ChromeDriver driver;
    private final String base;

    public Browser(URL deployed) {
        String path =
                deployed.getPath().endsWith("/") ? deployed.getPath() : deployed.getPath() + "/";
        this.base = "http://127.0.0.1:" + deployed.getPort() + path;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=fr-FR",
                "--window-size=1440,1000");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of(DRIVER).toFile())
                        .usingAnyFreePort()
                        .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * A browser for a test of {@code deployed}. Outside CI, a machine without Chromium skips the
     * test (JUnit assumption); CI installs it (.ci/run), so there a missing one is a failure, not a
     * skip.
     */
    public static Browser forTest(URL deployed) {
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(available(), "chromium and chromedriver are not installed");
        }
        return new Browser(deployed);
    }

    /** Whether this machine has the browser (the tests are skipped, loudly, when it has not). */
    public static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    }

    public WebDriver driver() {
        return driver;
    }

    /** The application's address as the browser reaches it ({@code http://127.0.0.1:…/crm/}). */
    public String base() {
        return base;
    }

    /** Opens a page of the application ({@code "dashboard.xhtml"}). */
    public Browser open(String relative) {
        driver.get(base + relative);
        return this;
    }

    /** The path of the current page under the application, without the query. */
    public String page() {
        String url = driver.getCurrentUrl();
        String rest = url.startsWith(base) ? url.substring(base.length()) : url;
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    public WebElement find(By by) {
        return until(d -> d.findElement(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /**
     * Waits until the condition gives something other than null or false. An element that an AJAX
     * update replaced while the condition read it is looked up again: Chromium reports it either as
     * stale or, since version 156, as a node that "does not belong to the document".
     */
    public <T> T until(ExpectedCondition<T> condition) {
        ExpectedCondition<T> again =
                d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (e.getMessage() != null
                                && e.getMessage().contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                };
        return new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(again);
    }

    /** Waits until the browser shows this page ({@code "dashboard.xhtml"}). */
    public void awaitPage(String relative) {
        until(d -> page().equals(relative));
    }

    /** Types into a field after clearing it. */
    public void type(By field, String text) {
        WebElement element = find(field);
        element.clear();
        element.sendKeys(text);
    }

    /** Logs in on the login page (which must be shown). */
    public void logIn(String email, String password) {
        type(By.id("login:email"), email);
        type(By.cssSelector("#login input[type=password]"), password);
        find(By.id("login:submit")).click();
    }

    /**
     * Saves a screenshot as {@code docs/screenshot-<name>.png} when {@code -Dcrm.screenshots=true}
     * (so an ordinary build never rewrites them).
     */
    public void screenshot(String name) {
        if (!Boolean.getBoolean("crm.screenshots")) {
            return;
        }
        try {
            Files.createDirectories(DOCS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(
                    shot,
                    DOCS.resolve("screenshot-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
