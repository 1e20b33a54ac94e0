package fr.enersolar.crm.web.testing;

import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fixture of the browser tests that run against a deployment (each subclass declares its own
 * {@code @Deployment(testable = false)}): the deployed application's address, an API client that
 * waited for the application to be ready, and a fresh headless Chromium per test, closed after it.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserTestBase {

    /** Where Arquillian deployed the test's archive. */
    @ArquillianResource protected URL deployed;

    /** The JSON API of the deployment, ready before each test. */
    protected ApiClient api;

    /** The test's browser; closed after each test. */
    protected Browser browser;

    @BeforeEach
    void openApiAndBrowser() throws Exception {
        api = new ApiClient(deployed);
        api.awaitReady();
        browser = Browser.forTest(deployed);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
