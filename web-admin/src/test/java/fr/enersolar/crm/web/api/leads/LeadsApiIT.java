package fr.enersolar.crm.web.api.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
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
 * The staff lead endpoints over real HTTP on Payara Micro: {@code /api/leads} (list, paging,
 * filters, archive shelf), {@code /{id}} (detail, correction, archiving), {@code /bulk}, {@code
 * /export.csv}, with the activity log and a few permission checks. Each test routes its leads to a
 * CRM of its own, so the tests sharing the store never see each other's leads.
 */
@ExtendWith(ArquillianExtension.class)
class LeadsApiIT {

    private static ApiClient api;
    private static ApiClient.Staff admin;
    private static ApiClient.Staff editor;
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
        if (admin == null) {
            admin = StaffSessions.as(api, "admin");
            editor = StaffSessions.as(api, "editor");
            viewer = StaffSessions.as(api, "viewer");
        }
    }

    private static String newCrm() {
        return UUID.randomUUID().toString();
    }

    private static JsonObjectBuilder lead(String crm) {
        return Json.createObjectBuilder()
                .add("set", Json.createObjectBuilder().add("target_crm_id", crm));
    }

    private static JsonObjectBuilder lead(String crm, Instant at) {
        return lead(crm).add("created_at", at.toString());
    }

    private static String store(JsonObjectBuilder lead) throws Exception {
        HttpResponse<String> answer =
                api.post("probe/lead-fixtures", lead.build().toString(), Map.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getString("id");
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static List<String> ids(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer).getJsonArray("leads").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("id"))
                .toList();
    }

    private static List<String> fields(HttpResponse<String> answer) {
        return json(answer).getJsonArray("detail").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("field"))
                .toList();
    }

    private static List<JsonObject> activity(String entityId) throws Exception {
        return json(api.get("probe/lead-fixtures/activity?entity_id=" + entityId))
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void listsNewestFirstOnePageAtATimeWithTheSeedsKeys() throws Exception {
        String crm = newCrm();
        Instant t = Instant.parse("2026-11-10T10:00:00Z");
        String[] stored = new String[5];
        for (int i = 0; i < 5; i++) {
            stored[i] = store(lead(crm, t.plusSeconds(i)));
        }

        HttpResponse<String> first = admin.get("api/leads?crm_id=" + crm + "&limit=2");

        assertThat(ids(first)).containsExactly(stored[4], stored[3]);
        JsonObject body = json(first);
        assertThat(body.getInt("count")).isEqualTo(2);
        assertThat(body.getInt("total")).isEqualTo(5);
        assertThat(body.getBoolean("total_exact")).isTrue();
        assertThat(body.getBoolean("has_more")).isTrue();
        assertThat(body.getInt("page")).isEqualTo(1);
        JsonObject row = body.getJsonArray("leads").getJsonObject(0);
        assertThat(row.getString("target_crm_id")).isEqualTo(crm);
        assertThat(row.getString("created_at")).isEqualTo(t.plusSeconds(4).toString());
        assertThat(row.keySet())
                .contains("phone", "nom", "email", "form_code", "api_status", "status")
                .doesNotContain("timeline", "payload");

        assertThat(ids(admin.get("api/leads?crm_id=" + crm + "&limit=2&skip=2")))
                .containsExactly(stored[2], stored[1]);
        HttpResponse<String> last = admin.get("api/leads?crm_id=" + crm + "&limit=2&page=3");
        assertThat(ids(last)).containsExactly(stored[0]);
        assertThat(json(last).getBoolean("has_more")).isFalse();
    }

    @Test
    void filtersByStatusProductFormDepartementPeriodAndSearch() throws Exception {
        String crm = newCrm();
        String failed =
                store(
                        Json.createObjectBuilder()
                                .add("nom", "Dupont")
                                .add("phone", "0611223344")
                                .add("created_at", "2026-11-01T09:00:00Z")
                                .add(
                                        "set",
                                        Json.createObjectBuilder()
                                                .add("target_crm_id", crm)
                                                .add("api_status", "failed")));
        String pac =
                store(
                        lead(crm, Instant.parse("2026-11-05T09:00:00Z"))
                                .add("product_type", "PAC")
                                .add("form_code", "PAC-042")
                                .add("code_postal", "13001")
                                .add("departement", "13")
                                .add("email", "paul@exemple.fr")
                                .add("nom", "Martin"));
        String base = "api/leads?crm_id=" + crm;

        assertThat(ids(viewer.get(base + "&status=failed"))).containsExactly(failed);
        assertThat(ids(viewer.get(base + "&product_type=pac"))).containsExactly(pac);
        assertThat(ids(viewer.get(base + "&form_code=PAC-042"))).containsExactly(pac);
        assertThat(ids(viewer.get(base + "&departement=13"))).containsExactly(pac);
        assertThat(ids(viewer.get(base + "&date_from=2026-11-02&date_to=2026-11-05")))
                .containsExactly(pac);
        assertThat(ids(viewer.get(base + "&date_to=2026-11-01"))).containsExactly(failed);
        assertThat(ids(viewer.get(base + "&q=06%2011%2022%2033%2044"))).containsExactly(failed);
        assertThat(ids(viewer.get(base + "&q=dup"))).containsExactly(failed);
        assertThat(ids(viewer.get(base + "&q=paul@exemple.fr"))).containsExactly(pac);
        assertThat(ids(viewer.get(base + "&status=failed&product_type=PAC"))).isEmpty();
    }

    @Test
    void badParametersAre400NamingEachOne() throws Exception {
        HttpResponse<String> answer =
                viewer.get(
                        "api/leads?limit=1000&product_type=XX&date_from=hier&crm_id=zr7"
                                + "&departement=99&archived=peut-etre");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fields(answer))
                .containsExactlyInAnyOrder(
                        "limit", "product_type", "date_from", "crm_id", "departement", "archived");
        assertThat(viewer.get("api/leads?page=100000").statusCode()).isEqualTo(400);
    }

    @Test
    void theDetailShowsTheWholeLeadWithTimelineAndConsent() throws Exception {
        String crm = newCrm();
        String id = store(lead(crm).add("nom", "Bernard"));

        HttpResponse<String> answer = viewer.get("api/leads/" + id);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject lead = json(answer);
        assertThat(lead.getString("id")).isEqualTo(id);
        assertThat(lead.getString("nom")).isEqualTo("Bernard");
        assertThat(lead.getString("phone_e164")).isEqualTo("+33612345678");
        assertThat(lead.getJsonArray("timeline").getJsonObject(0).getString("type"))
                .isEqualTo("received");
        JsonObject consent = lead.getJsonObject("consent");
        assertThat(consent.getBoolean("rgpd_consent")).isTrue();
        assertThat(consent.getString("text_version")).isEqualTo("v1");
        assertThat(consent.getString("user_agent")).isEqualTo("Mozilla/5.0");
        assertThat(consent.getString("ip")).isEqualTo("203.0.113.9");
        assertThat(lead.containsKey("utm_first")).isTrue();
        assertThat(lead).doesNotContainKey("_id");
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        for (String id : List.of(UUID.randomUUID().toString(), "pas-un-id")) {
            HttpResponse<String> answer = viewer.get("api/leads/" + id);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(json(answer).getString("detail")).isEqualTo("Lead non trouvé");
        }
    }

    @Test
    void aCorrectionFollowsTheIntakeRulesAndGoesOnTheTimelineAndInTheLog() throws Exception {
        String id = store(lead(newCrm()).add("nom", "Dupon").add("phone", "0612345678"));

        HttpResponse<String> answer =
                editor.put(
                        "api/leads/" + id,
                        Json.createObjectBuilder()
                                .add("nom", "Dupont")
                                .add("phone", "+33 7 98 76 54 32")
                                .add("code_postal", "20090")
                                .add("status", "success") // not editable: ignored
                                .build()
                                .toString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject body = json(answer);
        assertThat(body.getBoolean("success")).isTrue();
        JsonObject changes = body.getJsonObject("changes");
        assertThat(changes.getJsonObject("nom").getString("before")).isEqualTo("Dupon");
        assertThat(changes.getJsonObject("nom").getString("after")).isEqualTo("Dupont");
        assertThat(changes.getJsonObject("phone").getString("after")).isEqualTo("0798765432");
        assertThat(changes.getJsonObject("departement").getString("after")).isEqualTo("2A");
        assertThat(changes).doesNotContainKey("status");
        JsonObject lead = json(editor.get("api/leads/" + id));
        assertThat(lead.getString("phone_e164")).isEqualTo("+33798765432");
        assertThat(lead.getString("api_status")).isEqualTo("pending");
        JsonArray timeline = lead.getJsonArray("timeline");
        JsonObject edit = timeline.getJsonObject(timeline.size() - 1);
        assertThat(edit.getString("type")).isEqualTo("staff_edit");
        assertThat(edit.getString("message")).contains("nom « Dupon » → « Dupont »");
        List<JsonObject> logged = activity(id);
        assertThat(logged)
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.getString("action")).isEqualTo("update");
                            assertThat(e.getString("entity_type")).isEqualTo("lead");
                            assertThat(
                                            e.getJsonObject("details")
                                                    .getJsonObject("before")
                                                    .getString("nom"))
                                    .isEqualTo("Dupon");
                        });
    }

    @Test
    void anInvalidCorrectionIs400AndChangesNothing() throws Exception {
        String id = store(lead(newCrm()).add("nom", "Dupon"));

        HttpResponse<String> answer =
                editor.put(
                        "api/leads/" + id,
                        "{\"nom\":\"Dupont\",\"phone\":\"0123456789\",\"code_postal\":\"7501\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("phone", "code_postal");
        assertThat(json(editor.get("api/leads/" + id)).getString("nom")).isEqualTo("Dupon");
        assertThat(editor.put("api/leads/" + id, "{\"status\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(editor.put("api/leads/" + id, "{\"nom\":42}").statusCode()).isEqualTo(400);
        assertThat(editor.put("api/leads/" + id, "[1]").statusCode()).isEqualTo(400);
        assertThat(editor.put("api/leads/" + UUID.randomUUID(), "{\"nom\":\"X\"}").statusCode())
                .isEqualTo(404);
        assertThat(activity(id)).isEmpty();
    }

    @Test
    void deletingArchivesTheLead() throws Exception {
        String crm = newCrm();
        String id = store(lead(crm).add("nom", "Petit"));

        HttpResponse<String> answer = editor.delete("api/leads/" + id);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).getBoolean("success")).isTrue();
        assertThat(editor.get("api/leads/" + id).statusCode()).isEqualTo(404);
        assertThat(ids(editor.get("api/leads?crm_id=" + crm))).isEmpty();
        HttpResponse<String> archived = editor.get("api/leads?archived=true&crm_id=" + crm);
        assertThat(ids(archived)).containsExactly(id);
        assertThat(json(archived).getJsonArray("leads").getJsonObject(0).getString("archived_by"))
                .startsWith("staff-");
        assertThat(editor.delete("api/leads/" + id).statusCode()).isEqualTo(404);
        assertThat(activity(id))
                .singleElement()
                .satisfies(e -> assertThat(e.getString("action")).isEqualTo("delete"));
    }

    @Test
    void bulkActionsArchiveAndRestoreAndSayWhatTheyDid() throws Exception {
        String crm = newCrm();
        String a = store(lead(crm));
        String b = store(lead(crm));
        String unknown = UUID.randomUUID().toString();

        HttpResponse<String> archived =
                editor.post(
                        "api/leads/bulk",
                        Json.createObjectBuilder()
                                .add("action", "archive")
                                .add("ids", Json.createArrayBuilder().add(a).add(b).add(unknown))
                                .build()
                                .toString());

        assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
        JsonObject body = json(archived);
        assertThat(body.getInt("requested")).isEqualTo(3);
        assertThat(body.getInt("done")).isEqualTo(2);
        assertThat(body.getJsonArray("not_found").getString(0)).isEqualTo(unknown);
        assertThat(ids(editor.get("api/leads?crm_id=" + crm))).isEmpty();

        HttpResponse<String> restored =
                editor.post("api/leads/bulk", "{\"action\":\"restore\",\"ids\":[\"" + b + "\"]}");
        assertThat(json(restored).getInt("done")).isEqualTo(1);
        assertThat(ids(editor.get("api/leads?crm_id=" + crm))).containsExactly(b);
        assertThat(activity(b)).extracting(e -> e.getString("action")).contains("delete", "update");
    }

    @Test
    void badBulkRequestsAre400NamingTheField() throws Exception {
        assertThat(fields(editor.post("api/leads/bulk", "{\"ids\":[]}")))
                .containsExactlyInAnyOrder("action", "ids");
        assertThat(
                        fields(
                                editor.post(
                                        "api/leads/bulk",
                                        "{\"action\":\"purge\",\"ids\":[\""
                                                + UUID.randomUUID()
                                                + "\", 7]}")))
                .containsExactlyInAnyOrder("action", "ids[1]");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 501; i++) {
            many.add(UUID.randomUUID().toString());
        }
        HttpResponse<String> tooMany =
                editor.post(
                        "api/leads/bulk",
                        Json.createObjectBuilder()
                                .add("action", "archive")
                                .add("ids", many)
                                .build()
                                .toString());
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(fields(tooMany)).containsExactly("ids");
    }

    @Test
    void theExportIsACsvOfTheFilteredLeadsSafeForSpreadsheetsAndLogged() throws Exception {
        String crm = newCrm();
        store(lead(crm, Instant.parse("2026-11-03T08:00:00Z")).add("nom", "=HYPERLINK(\"x\")"));
        store(lead(crm, Instant.parse("2026-11-04T08:00:00Z")).add("nom", "Dupont; \"Jr\""));

        HttpResponse<String> answer = viewer.get("api/leads/export.csv?crm_id=" + crm);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        d ->
                                assertThat(d)
                                        .matches(
                                                "attachment; filename=\"leads_\\d{4}-\\d{2}-\\d{2}\\.csv\""));
        assertThat(answer.headers().firstValue("X-Export-Rows")).contains("2");
        assertThat(answer.headers().firstValue("X-Export-Truncated")).contains("false");
        String[] lines = answer.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .startsWith("\uFEFF\"Téléphone\";\"Nom\";\"Prénom\"")
                .endsWith(";\"ID\"");
        assertThat(lines[1]).contains("\"Dupont; \"\"Jr\"\"\"").contains("\"2026-11-04 09:00:00\"");
        assertThat(lines[2]).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        List<JsonObject> exports =
                activity("").stream().filter(e -> e.getString("action").equals("export")).toList();
        assertThat(exports)
                .anySatisfy(
                        e -> {
                            JsonObject details = e.getJsonObject("details");
                            assertThat(details.getInt("rows")).isEqualTo(2);
                            assertThat(details.getJsonObject("filters").getString("crm_id"))
                                    .isEqualTo(crm);
                        });
        assertThat(viewer.get("api/leads/export.csv?status=$$").statusCode()).isEqualTo(400);
    }

    @Test
    void viewersReadButDoNotChangeAndOthersAreKeptOut() throws Exception {
        String id = store(lead(newCrm()));
        ApiClient.Staff dashboardOnly =
                api.as(StaffSessions.create(api, "editor", "dashboard").getString("token"));

        assertThat(viewer.get("api/leads").statusCode()).isEqualTo(200);
        assertThat(viewer.put("api/leads/" + id, "{\"nom\":\"X\"}").statusCode()).isEqualTo(403);
        assertThat(viewer.delete("api/leads/" + id).statusCode()).isEqualTo(403);
        assertThat(
                        viewer.post(
                                        "api/leads/bulk",
                                        "{\"action\":\"archive\",\"ids\":[\"" + id + "\"]}")
                                .statusCode())
                .isEqualTo(403);
        assertThat(dashboardOnly.get("api/leads").statusCode()).isEqualTo(403);
        assertThat(dashboardOnly.get("api/leads/export.csv").statusCode()).isEqualTo(403);
        assertThat(api.get("api/leads").statusCode()).isEqualTo(401);
        assertThat(api.get("api/leads/" + id).statusCode()).isEqualTo(401);
        assertThat(viewer.get("api/leads/" + id).statusCode()).isEqualTo(200);
    }
}
