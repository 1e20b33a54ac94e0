package fr.enersolar.crm.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} driven by its {@code
 * chromium-driver} ({@code .ci/run} installs both). Without them the test fails with a message
 * saying how to install them; it is never skipped, so CI cannot pass without running it.
 */
public final class HeadlessChromium {

    /** Where Debian's packages put them; overridable with these system properties. */
    static final String CHROMIUM = System.getProperty("crm.it.chromium", "/usr/bin/chromium");

    static final String CHROMEDRIVER =
            System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** A new headless browser; the caller quits it. */
    public static ChromeDriver start() {
        assertThat(
                        Files.isExecutable(Path.of(CHROMIUM))
                                && Files.isExecutable(Path.of(CHROMEDRIVER)))
                .as(
                        "The browser tests need Debian's chromium and chromium-driver (%s, %s):"
                                + " apt-get install -y chromium chromium-driver (.ci/run does it)",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
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
                "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The browser console so far, for failure messages. */
    public static String console(ChromeDriver driver) {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage())
                    .collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "(console unavailable: " + e + ")";
        }
    }
}
