package fr.enersolar.crm.web.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics endpoints over real HTTP on Payara Micro: {@code /api/leads/stats/global}, {@code
 * /api/stats/departements} and {@code /api/stats/timeline}, computed by the store, with their
 * sections. Tests select their own leads by a CRM of their own (the global counts by difference).
 */
@ExtendWith(ArquillianExtension.class)
class LeadStatsIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static ApiClient api;
    private static ApiClient.Staff viewer;

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    @BeforeEach
    void ready() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
        if (viewer == null) {
            viewer = StaffSessions.as(api, "viewer");
        }
    }

    private static JsonObject json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static void store(String crm, JsonObjectBuilder lead, JsonObjectBuilder set)
            throws Exception {
        lead.add("set", set.add("target_crm_id", crm));
        HttpResponse<String> answer =
                api.post("probe/lead-fixtures", lead.build().toString(), Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private static void store(String crm, JsonObjectBuilder lead) throws Exception {
        store(crm, lead, Json.createObjectBuilder());
    }

    private static JsonObjectBuilder lead() {
        return Json.createObjectBuilder();
    }

    private static JsonObjectBuilder status(String apiStatus) {
        return Json.createObjectBuilder().add("api_status", apiStatus);
    }

    private static JsonObject counts(long total, long pv, long pac, long ite) {
        return Json.createObjectBuilder()
                .add("total", total)
                .add("PV", pv)
                .add("PAC", pac)
                .add("ITE", ite)
                .build();
    }

    @Test
    void theGlobalCountsHaveTheSeedsKeys() throws Exception {
        JsonObject before = json(viewer.get("api/leads/stats/global"));
        String crm = UUID.randomUUID().toString();
        store(crm, lead(), status("success"));
        store(crm, lead(), status("duplicate"));
        store(crm, lead(), status("failed"));
        store(crm, lead(), status("no_crm"));

        JsonObject after = json(viewer.get("api/leads/stats/global"));

        assertThat(after.keySet())
                .containsExactlyInAnyOrder(
                        "total", "success", "duplicate", "failed", "queued", "no_crm", "sent_rate");
        for (String key : List.of("success", "duplicate", "failed", "no_crm")) {
            assertThat(after.getInt(key) - before.getInt(key)).as(key).isEqualTo(1);
        }
        assertThat(after.getInt("total") - before.getInt("total")).isEqualTo(4);
        double rate =
                (after.getInt("success") + after.getInt("duplicate"))
                        * 100.0
                        / after.getInt("total");
        assertThat(after.getJsonNumber("sent_rate").doubleValue())
                .isCloseTo(rate, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void theDepartementBreakdownOfACrmsLeads() throws Exception {
        String crm = UUID.randomUUID().toString();
        store(crm, lead().add("departement", "75").add("source", "google"), status("success"));
        store(crm, lead().add("departement", "75").add("product_type", "PAC"), status("failed"));
        store(
                crm,
                lead().add("departement", "13").add("product_type", "ITE").add("utm_source", "fb"));
        store(crm, lead().add("departement", "13").add("created_at", "2020-01-01T10:00:00Z"));

        JsonObject stats =
                json(viewer.get("api/stats/departements?crm_id=" + crm + "&period=month"));

        assertThat(stats.getInt("total_leads")).isEqualTo(3);
        JsonObject byDep = stats.getJsonObject("by_departement");
        assertThat(List.copyOf(byDep.keySet())).containsExactly("75", "13");
        assertThat(byDep.getJsonObject("75")).isEqualTo(counts(2, 1, 1, 0));
        assertThat(byDep.getJsonObject("13")).isEqualTo(counts(1, 0, 0, 1));
        assertThat(stats.getJsonObject("by_product").getInt("PV")).isEqualTo(1);
        JsonObject bySource = stats.getJsonObject("by_source");
        assertThat(bySource.keySet()).containsExactlyInAnyOrder("google", "fb", "Direct");
        JsonObject byStatus = stats.getJsonObject("by_status");
        assertThat(byStatus.keySet())
                .contains("success", "failed", "no_crm", "queued", "duplicate", "pending");
        assertThat(byStatus.getInt("success")).isEqualTo(1);
        assertThat(byStatus.getInt("queued")).isZero();
        JsonObject filters = stats.getJsonObject("filters");
        assertThat(filters.getString("crm_id")).isEqualTo(crm);
        assertThat(filters.getString("period")).isEqualTo("month");
        assertThat(filters.isNull("date_from")).isTrue();

        JsonObject narrowed =
                json(
                        viewer.get(
                                "api/stats/departements?crm_id="
                                        + crm
                                        + "&departements=13,2A&product_type=ITE"));
        assertThat(narrowed.getInt("total_leads")).isEqualTo(1);
        JsonObject all =
                json(viewer.get("api/stats/departements?crm_id=" + crm + "&date_from=2019-12-31"));
        assertThat(all.getInt("total_leads")).isEqualTo(4);
    }

    @Test
    void badStatisticsFiltersAre400() throws Exception {
        HttpResponse<String> answer =
                viewer.get("api/stats/departements?period=year&departements=75,99");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body())
                .contains("\"field\":\"period\"")
                .contains("\"field\":\"departements\"");
        assertThat(viewer.get("api/stats/timeline?days=0").statusCode()).isEqualTo(400);
        assertThat(viewer.get("api/stats/timeline?days=367").statusCode()).isEqualTo(400);
        assertThat(viewer.get("api/stats/timeline?crm_id=mdl").statusCode()).isEqualTo(400);
    }

    @Test
    void theTimelineCountsEachParisDay() throws Exception {
        String crm = UUID.randomUUID().toString();
        LocalDate today = LocalDate.now(PARIS);
        Instant yesterday = today.minusDays(1).atTime(12, 0).atZone(PARIS).toInstant();
        store(crm, lead().add("created_at", Instant.now().toString()));
        store(crm, lead().add("created_at", Instant.now().toString()).add("product_type", "PAC"));
        store(crm, lead().add("created_at", yesterday.toString()).add("product_type", "ITE"));
        store(
                crm,
                lead().add(
                                "created_at",
                                today.minusDays(5)
                                        .atTime(12, 0)
                                        .atZone(PARIS)
                                        .toInstant()
                                        .toString()));

        JsonObject stats = json(viewer.get("api/stats/timeline?days=3&crm_id=" + crm));

        assertThat(stats.getInt("total")).isEqualTo(3);
        assertThat(stats.getInt("days")).isEqualTo(3);
        JsonObject timeline = stats.getJsonObject("timeline");
        assertThat(List.copyOf(timeline.keySet()))
                .containsExactly(
                        today.minusDays(2).toString(),
                        today.minusDays(1).toString(),
                        today.toString());
        assertThat(timeline.getJsonObject(today.toString())).isEqualTo(counts(2, 1, 1, 0));
        assertThat(timeline.getJsonObject(today.minusDays(1).toString()))
                .isEqualTo(counts(1, 0, 0, 1));
        assertThat(timeline.getJsonObject(today.minusDays(2).toString()))
                .isEqualTo(counts(0, 0, 0, 0));
        assertThat(json(viewer.get("api/stats/timeline?crm_id=" + crm)).getInt("total"))
                .as("7 days by default")
                .isEqualTo(4);
    }

    @Test
    void eachStatisticBelongsToItsSection() throws Exception {
        ApiClient.Staff leadsOnly =
                api.as(StaffSessions.create(api, "editor", "leads").getString("token"));
        ApiClient.Staff dashboardOnly =
                api.as(StaffSessions.create(api, "editor", "dashboard").getString("token"));

        assertThat(leadsOnly.get("api/leads/stats/global").statusCode()).isEqualTo(403);
        assertThat(leadsOnly.get("api/stats/timeline").statusCode()).isEqualTo(403);
        assertThat(leadsOnly.get("api/stats/departements").statusCode()).isEqualTo(403);
        assertThat(dashboardOnly.get("api/leads/stats/global").statusCode()).isEqualTo(200);
        assertThat(dashboardOnly.get("api/stats/timeline").statusCode()).isEqualTo(200);
        assertThat(dashboardOnly.get("api/stats/departements").statusCode()).isEqualTo(403);
        assertThat(api.get("api/stats/departements").statusCode()).isEqualTo(401);
    }
}
