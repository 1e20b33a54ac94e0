package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.invalidField;
import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.json;
import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/accounts} and {@code /api/crms} over real HTTP on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class AccountsAndCrmsIT {

    private static ApiClient api;
    private static CatalogueFixture fixture;

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    @BeforeEach
    void ready() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
            fixture = new CatalogueFixture(api);
        }
        api.awaitReady();
    }

    // ---- accounts

    @Test
    void anEditorCreatesReadsListsAndUpdatesAnAccount() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String crm = fixture.crm();
        String name = "Soleil " + UUID.randomUUID();

        JsonObject created =
                ok(
                        editor.post(
                                "api/accounts",
                                Json.createObjectBuilder()
                                        .add("name", "  " + name + " ")
                                        .add("crm_id", crm)
                                        .add("domain", "soleil.example")
                                        .add("logo_main_url", "https://cdn.example/logo.png")
                                        .build()
                                        .toString()));

        assertThat(created.getBoolean("success")).isTrue();
        JsonObject account = created.getJsonObject("account");
        String id = account.getString("id");
        assertThat(account.getString("name")).isEqualTo(name);
        assertThat(account.getString("crm_id")).isEqualTo(crm);
        assertThat(account.getString("primary_color")).isEqualTo("#3B82F6");
        assertThat(account.getString("secondary_color")).isEqualTo("#1E40AF");
        assertThat(account.getString("default_tracking_type")).isEqualTo("redirect");
        assertThat(account.getString("domain")).isEqualTo("soleil.example");
        assertThat(account.getString("created_at")).isNotBlank();

        assertThat(ok(editor.get("api/accounts/" + id)).getString("name")).isEqualTo(name);
        JsonObject list = ok(editor.get("api/accounts?crm_id=" + crm));
        assertThat(list.getInt("count")).isEqualTo(1);
        assertThat(list.getInt("total")).isEqualTo(1);
        assertThat(list.getJsonArray("accounts").getJsonObject(0).getString("id")).isEqualTo(id);

        JsonObject updated =
                ok(editor.put(
                                "api/accounts/" + id,
                                "{\"primary_color\":\"#00aa00\",\"notes\":\"VIP\",\"crm_id\":\""
                                        + crm
                                        + "\"}"))
                        .getJsonObject("account");
        assertThat(updated.getString("primary_color")).isEqualTo("#00aa00");
        assertThat(updated.getString("notes")).isEqualTo("VIP");
        assertThat(updated.getString("domain")).isEqualTo("soleil.example");
        assertThat(updated.getString("logo_main_url")).isEqualTo("https://cdn.example/logo.png");
        assertThat(updated.getString("name")).isEqualTo(name);
    }

    @Test
    void theAccountsListIsSortedByNameAndPaged() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String crm = fixture.crm();
        for (String name : new String[] {"Charlie", "Alpha", "Bravo"}) {
            ok(
                    editor.post(
                            "api/accounts",
                            "{\"name\":\"" + name + "\",\"crm_id\":\"" + crm + "\"}"));
        }

        JsonObject page = ok(editor.get("api/accounts?crm_id=" + crm + "&limit=2&skip=1"));

        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getInt("count")).isEqualTo(2);
        assertThat(page.getJsonArray("accounts").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("name"))
                .containsExactly("Bravo", "Charlie");
        assertThat(invalidField(editor.get("api/accounts?limit=many"))).isEqualTo("limit");
        assertThat(invalidField(editor.get("api/accounts?limit=501"))).isEqualTo("limit");
        assertThat(invalidField(editor.get("api/accounts?skip=-1"))).isEqualTo("skip");
    }

    @Test
    void badValuesAreNamedFieldByField() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String crm = fixture.crm();

        HttpResponse<String> missing = editor.post("api/accounts", "{\"crm_id\":\"" + crm + "\"}");
        assertThat(invalidField(missing)).isEqualTo("name");

        HttpResponse<String> unknownCrm =
                editor.post(
                        "api/accounts",
                        "{\"name\":\"X\",\"crm_id\":\"" + UUID.randomUUID() + "\"}");
        assertThat(invalidField(unknownCrm)).isEqualTo("crm_id");
        assertThat(unknownCrm.body()).contains("CRM non trouvé");

        HttpResponse<String> bad =
                editor.post(
                        "api/accounts",
                        "{\"name\":\"X\",\"crm_id\":\""
                                + crm
                                + "\",\"primary_color\":\"red\",\"logo_mini_url\":\"javascript:alert(1)\","
                                + "\"default_tracking_type\":\"popup\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).getJsonArray("detail").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("field"))
                .containsExactlyInAnyOrder(
                        "primary_color", "logo_mini_url", "default_tracking_type");

        assertThat(
                        invalidField(
                                editor.post(
                                        "api/accounts", "{\"name\":5,\"crm_id\":\"" + crm + "\"}")))
                .isEqualTo("name");
        assertThat(invalidField(editor.post("api/accounts", "[1]"))).isEqualTo("body");
    }

    @Test
    void thePrimaryCrmCannotChange() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        JsonObject account = fixture.account(editor);

        HttpResponse<String> answer =
                editor.put(
                        "api/accounts/" + account.getString("id"),
                        "{\"crm_id\":\"" + fixture.crm() + "\"}");

        assertThat(invalidField(answer)).isEqualTo("crm_id");
    }

    @Test
    void onlyAnAdministratorChangesTheGtmSnippets() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        JsonObject account = fixture.account(editor);
        String path = "api/accounts/" + account.getString("id");

        HttpResponse<String> refused = editor.put(path, "{\"gtm_head\":\"<script>x()</script>\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).getString("detail")).contains("administrateur");

        JsonObject byAdmin =
                ok(admin.put(path, "{\"gtm_head\":\"<script>x()</script>\"}"))
                        .getJsonObject("account");
        assertThat(byAdmin.getString("gtm_head")).isEqualTo("<script>x()</script>");

        // The editor's UI sends the whole account back: the unchanged snippet is accepted.
        JsonObject back =
                ok(editor.put(path, "{\"gtm_head\":\"<script>x()</script>\",\"notes\":\"n\"}"))
                        .getJsonObject("account");
        assertThat(back.getString("notes")).isEqualTo("n");
    }

    @Test
    void onlyAnAdministratorDeletesAnAccountNobodyUses() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String id = fixture.account(editor).getString("id");

        assertThat(editor.delete("api/accounts/" + id).statusCode()).isEqualTo(403);
        JsonObject deleted = ok(admin.delete("api/accounts/" + id));
        assertThat(deleted.getBoolean("success")).isTrue();

        HttpResponse<String> gone = admin.get("api/accounts/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).getString("detail")).isEqualTo("Compte non trouvé");
        assertThat(admin.delete("api/accounts/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anAccountWithLandingPagesOrFormsIsNotDeleted() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String id = fixture.account(admin).getString("id");
        String lp = fixture.duo(admin, id, "PV", null).getJsonObject("lp").getString("id");
        ok(admin.delete("api/lps/" + lp)); // archived ones count too

        HttpResponse<String> refused = admin.delete("api/accounts/" + id);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getString("detail"))
                .isEqualTo("Impossible de supprimer: 1 LP(s) et 1 formulaire(s) liés");
        assertThat(admin.get("api/accounts/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownAndMalformedIdsAreNotFound() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");

        for (String id : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            HttpResponse<String> get = editor.get("api/accounts/" + id);
            assertThat(get.statusCode()).isEqualTo(404);
            assertThat(json(get).getString("detail")).isEqualTo("Compte non trouvé");
            assertThat(editor.put("api/accounts/" + id, "{\"notes\":\"x\"}").statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void accountsNeedTheirSectionAndALogin() throws Exception {
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer"); // no accounts section by default

        assertThat(viewer.get("api/accounts").statusCode()).isEqualTo(403);
        assertThat(api.get("api/accounts").statusCode()).isEqualTo(401);
        ApiClient.Staff readOnly =
                api.as(StaffSessions.create(api, "viewer", "accounts").getString("token"));
        assertThat(readOnly.get("api/accounts").statusCode()).isEqualTo(200);
        assertThat(
                        readOnly.post(
                                        "api/accounts",
                                        "{\"name\":\"x\",\"crm_id\":\"" + fixture.crm() + "\"}")
                                .statusCode())
                .isEqualTo(403);
    }

    @Test
    void everyAccountChangeIsInTheActivityLog() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String id = fixture.account(admin).getString("id");
        ok(admin.put("api/accounts/" + id, "{\"notes\":\"changed\"}"));
        ok(admin.delete("api/accounts/" + id));

        JsonArray entries = fixture.activity(id);

        assertThat(entries.getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("create", "update", "delete");
        JsonObject update = entries.getJsonObject(1);
        assertThat(update.getString("entity_type")).isEqualTo("account");
        JsonObject details = update.getJsonObject("details");
        assertThat(details.getJsonObject("before").getString("notes")).isEmpty();
        assertThat(details.getJsonObject("after").getString("notes")).isEqualTo("changed");
        assertThat(details.getJsonObject("after").keySet()).containsExactly("notes");
    }

    // ---- CRMs

    @Test
    void everyStaffMemberReadsTheCrms() throws Exception {
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");
        String id = fixture.crm();

        JsonObject list = ok(viewer.get("api/crms"));
        assertThat(list.getJsonArray("crms").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id"))
                .contains(id);
        JsonObject crm = ok(viewer.get("api/crms/" + id));
        assertThat(crm.getString("slug")).startsWith("t");
        assertThat(crm.getJsonObject("commandes")).isEmpty();

        HttpResponse<String> unknown = viewer.get("api/crms/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("detail")).isEqualTo("CRM non trouvé");
        assertThat(api.get("api/crms").statusCode()).isEqualTo(401);
    }

    @Test
    void initCreatesTheSeedCrmsOnceAndAnswersThem() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        assertThat(StaffSessions.as(api, "editor").post("api/crms/init", null).statusCode())
                .isEqualTo(403);
        assertThat(api.send("DELETE", "probe/catalogue/crms", null, Map.of()).statusCode())
                .isEqualTo(204);

        JsonObject first = ok(admin.post("api/crms/init", null));
        assertThat(first.getBoolean("success")).isTrue();
        assertThat(first.getJsonArray("crms").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("slug") + " " + c.getString("api_url"))
                .containsExactlyInAnyOrder(
                        "zr7 https://app.zr7-digital.fr/lead/api/create_lead/",
                        "mdl https://maison-du-lead.com/lead/api/create_lead/");

        JsonObject again = ok(admin.post("api/crms/init", null));
        assertThat(again.getBoolean("success")).isFalse();
        assertThat(again.getString("message")).isEqualTo("CRMs déjà initialisés");
        assertThat(again.getInt("count")).isEqualTo(2);
    }

    @Test
    void anAdministratorChangesACrmAndItsLegacyCommandes() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String id = fixture.crm();

        JsonObject crm =
                ok(admin.put(
                                "api/crms/" + id,
                                "{\"name\":\"Partenaire\",\"api_url\":\"https://p.example/api\","
                                        + "\"description\":\"d\",\"commandes\":{\"pac\":[\"75\",\"2a\"]}}"))
                        .getJsonObject("crm");
        assertThat(crm.getString("name")).isEqualTo("Partenaire");
        assertThat(crm.getString("api_url")).isEqualTo("https://p.example/api");
        assertThat(crm.getJsonObject("commandes").getJsonArray("PAC").getValuesAs(JsonValue.class))
                .extracting(v -> v.toString())
                .containsExactly("\"75\"", "\"2A\"");

        JsonObject commandes = ok(admin.put("api/crms/" + id + "/commandes", "{\"ITE\":[\"13\"]}"));
        assertThat(commandes.getBoolean("success")).isTrue();
        assertThat(commandes.getJsonObject("commandes").keySet()).containsExactly("ITE");
        assertThat(ok(admin.get("api/crms/" + id)).getJsonObject("commandes").keySet())
                .containsExactly("ITE");

        assertThat(invalidField(admin.put("api/crms/" + id, "{\"api_url\":\"ftp://x\"}")))
                .isEqualTo("api_url");
        assertThat(admin.put("api/crms/" + id + "/commandes", "{\"XX\":[\"75\"]}").statusCode())
                .isEqualTo(400);
        assertThat(admin.put("api/crms/" + id + "/commandes", "{\"PV\":[75]}").statusCode())
                .isEqualTo(400);
        assertThat(
                        StaffSessions.as(api, "editor")
                                .put("api/crms/" + id, "{\"name\":\"x\"}")
                                .statusCode())
                .isEqualTo(403);
        assertThat(fixture.activity(id).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("update", "update");
    }
}
