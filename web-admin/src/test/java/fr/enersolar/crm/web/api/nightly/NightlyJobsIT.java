package fr.enersolar.crm.web.api.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.FakeNightlyJobs;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Verification and Billing APIs (SPEC-seed §5.3) over real HTTP on Payara Micro. The batch
 * facade EJB exists only in the EAR, so {@link FakeNightlyJobs} stands in for it here, writing
 * through the real store port; the jobs themselves are tested on JBeret SE in batch-jobs.
 */
@ExtendWith(ArquillianExtension.class)
class NightlyJobsIT {

    private static ApiClient api;

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore().addClass(FakeNightlyJobs.class);
    }

    @BeforeEach
    void ready() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    @Test
    void anAdministratorRunsTheVerificationAndEveryoneReadsItsReport() throws Exception {
        var admin = StaffSessions.as(api, "admin");
        var viewer = StaffSessions.as(api, "viewer");

        HttpResponse<String> run = admin.post("api/verification/run", null);

        assertThat(run.statusCode()).isEqualTo(202);
        long execution = json(run).getJsonNumber("execution_id").longValue();
        assertThat(json(run).getBoolean("success")).isTrue();

        HttpResponse<String> status = viewer.get("api/verification/executions/" + execution);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json(status).getString("status")).isEqualTo("COMPLETED");

        JsonObject latest = json(viewer.get("api/verification/reports/latest"));
        assertThat(latest.getJsonObject("report").getString("id")).startsWith("report_");
        assertThat(latest.getJsonObject("report").keySet())
                .contains(
                        "run_at",
                        "period",
                        "total_leads",
                        "successful",
                        "duplicates",
                        "failed",
                        "retried",
                        "retry_success",
                        "retry_failed",
                        "skipped_duplicates",
                        "details");

        JsonObject reports = json(viewer.get("api/verification/reports?limit=5"));
        assertThat(reports.getInt("count")).isGreaterThanOrEqualTo(1);
        assertThat(reports.getJsonArray("reports")).hasSize(reports.getInt("count"));

        JsonObject state = json(viewer.get("api/verification/status"));
        assertThat(state.getBoolean("enabled")).isTrue();
        assertThat(state.getString("schedule")).isEqualTo("03:00 UTC (tous les jours)");
        assertThat(state.getString("last_run")).isNotEmpty();
        assertThat(state.getJsonObject("last_result").keySet())
                .containsExactlyInAnyOrder("total_leads", "retried", "retry_success");
    }

    @Test
    void onlyAnAdministratorStartsAJob() throws Exception {
        assertThat(StaffSessions.as(api, "editor").post("api/verification/run", null).statusCode())
                .isEqualTo(403);
        assertThat(
                        StaffSessions.as(api, "viewer")
                                .post("api/billing/calculate", "{\"year\":2026,\"month\":10}")
                                .statusCode())
                .isEqualTo(403);
        assertThat(api.post("api/verification/run").statusCode()).isEqualTo(401);
    }

    @Test
    void badParametersAre400NamingTheField() throws Exception {
        var admin = StaffSessions.as(api, "admin");

        HttpResponse<String> limit = admin.get("api/verification/reports?limit=abc");
        HttpResponse<String> month = admin.post("api/billing/calculate", "{\"year\":2026}");
        HttpResponse<String> year = admin.get("api/billing/history?year=12");

        assertThat(limit.statusCode()).isEqualTo(400);
        assertThat(limit.body()).contains("limit");
        assertThat(month.statusCode()).isEqualTo(400);
        assertThat(month.body()).contains("month");
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(admin.get("api/verification/executions/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theRollupOfAMonthFeedsHistoryStatsAndTheCsv() throws Exception {
        JsonObject crms =
                json(
                        api.post(
                                "probe/nightly-probe/cross-leads?count=3&cents=2550&at=2026-09-15T10:00:00Z"));
        var admin = StaffSessions.as(api, "admin");

        HttpResponse<String> calculate =
                admin.post("api/billing/calculate", "{\"year\":2026,\"month\":9}");
        assertThat(calculate.statusCode()).isEqualTo(202);
        // Twice: the month is replaced, never added to.
        admin.post("api/billing/calculate", "{\"year\":2026,\"month\":9}");

        JsonObject history =
                json(
                        admin.get(
                                "api/billing/history?year=2026&month=9&from_crm_id="
                                        + crms.getString("from")));
        assertThat(history.getJsonArray("history")).hasSize(1);
        JsonObject statement = history.getJsonArray("history").getJsonObject(0);
        assertThat(statement.getString("to_crm_id")).isEqualTo(crms.getString("to"));
        assertThat(statement.getInt("total_leads")).isEqualTo(3);
        assertThat(statement.getJsonNumber("total_amount").bigDecimalValue())
                .isEqualByComparingTo("76.50");
        assertThat(statement.getString("status")).isEqualTo("draft");

        HttpResponse<String> csv =
                admin.download(
                        "api/billing/transactions.csv?year=2026&month=9&from_crm_id="
                                + crms.getString("from"),
                        "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines())
                .hasSize(2)
                .last()
                .asString()
                .endsWith(";PV;75;3;25.50;76.50");

        JsonObject cross =
                json(
                        admin.get(
                                "api/billing/cross-crm?period=custom&date_from=2026-09-15"
                                        + "&date_to=2026-09-15"));
        assertThat(cross.getInt("total_leads_period")).isEqualTo(3);
        assertThat(cross.getInt("cross_crm_leads")).isEqualTo(3);
        assertThat(cross.getJsonNumber("cross_crm_percentage").doubleValue()).isEqualTo(100.0);
        JsonObject transaction = cross.getJsonArray("transactions").getJsonObject(0);
        assertThat(transaction.getJsonObject("debtor").getString("id"))
                .isEqualTo(crms.getString("to"));
        assertThat(transaction.getJsonObject("creditor").getString("id"))
                .isEqualTo(crms.getString("from"));
        assertThat(transaction.getJsonNumber("amount").bigDecimalValue())
                .isEqualByComparingTo("76.50");
        assertThat(
                        cross.getJsonObject("balances")
                                .getJsonObject(crms.getString("to"))
                                .getJsonNumber("net")
                                .bigDecimalValue())
                .isEqualByComparingTo("-76.50");
        assertThat(cross.getJsonArray("lead_details")).hasSize(3);

        JsonObject week =
                json(admin.get("api/billing/cross-crm/summary?period=week&week=2026-W38"));
        assertThat(week.getInt("cross_crm_leads")).isEqualTo(3);
        assertThat(week.getJsonObject("period").getString("previous_week")).isEqualTo("2026-W37");
        assertThat(week.getJsonObject("period").getString("next_week")).isEqualTo("2026-W39");
        assertThat(week.containsKey("lead_details")).isFalse();
        HttpResponse<String> bad = admin.get("api/billing/cross-crm?period=year");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("period");

        JsonObject stats = json(admin.get("api/billing/stats"));
        assertThat(stats.keySet())
                .containsExactlyInAnyOrder("this_month", "last_month", "year_total");
    }
}
