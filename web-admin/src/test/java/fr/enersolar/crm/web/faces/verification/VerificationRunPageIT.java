package fr.enersolar.crm.web.faces.verification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.BrowserTestBase;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.FakeNightlyJobs;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The verification page's "Lancer maintenant" where the nightly jobs run: {@link FakeNightlyJobs}
 * stands in for the EAR's batch facade (as in {@code NightlyJobsIT}), so the run writes a real
 * report through the store; the billing page then has no "jobs absent" notice.
 */
class VerificationRunPageIT extends BrowserTestBase {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore().addClass(FakeNightlyJobs.class);
    }

    @Test
    void anAdministratorRunsTheVerificationFromThePage() throws Exception {
        JsonObject admin = StaffSessions.create(api, "admin");
        browser.open("login.xhtml");
        browser.logIn(admin.getString("email"), admin.getString("password"));
        browser.awaitPage("dashboard.xhtml");

        browser.open("verification/reports.xhtml");
        assertThat(browser.find(By.id("jobs-available")).getText())
                .contains("Activée", "Tous les jours à 03:00 UTC");
        assertThat(browser.all(By.id("jobs-unavailable"))).isEmpty();
        assertThat(browser.all(By.cssSelector("tr.crm-report-row"))).isEmpty();

        browser.find(By.id("run-form:run")).click();

        String message =
                browser.until(
                        d -> {
                            String text = d.findElement(By.id("messages")).getText();
                            return text.isBlank() ? null : text;
                        });
        assertThat(message).contains("Vérification lancée (exécution n° ");
        assertThat(browser.all(By.cssSelector("tr.crm-report-row"))).hasSize(1);
        JsonObject logs =
                jakarta.json.Json.createReader(
                                new java.io.StringReader(
                                        api.as(admin.getString("token"))
                                                .get(
                                                        "api/config/activity-logs?entity_type=verification")
                                                .body()))
                        .readObject();
        assertThat(logs.getJsonArray("logs")).isNotEmpty();

        browser.open("billing/overview.xhtml");
        browser.find(By.id("statements"));
        assertThat(browser.all(By.id("jobs-unavailable"))).isEmpty();
    }
}
