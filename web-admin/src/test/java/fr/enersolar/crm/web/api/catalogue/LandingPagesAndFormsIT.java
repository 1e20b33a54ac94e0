package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.invalidField;
import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.json;
import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.last4;
import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.ok;
import static fr.enersolar.crm.web.api.catalogue.CatalogueFixture.partnerKey;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/lps} and {@code /api/forms} over real HTTP on Payara Micro: the LP + form duo, the
 * figures counted by the store, the partner key sealed at rest and masked after creation.
 */
@ExtendWith(ArquillianExtension.class)
class LandingPagesAndFormsIT {

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

    // ---- landing pages

    @Test
    void creatingAnLpCreatesItsFormLinkedBothWaysWithAtomicCodes() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        JsonObject account = fixture.account(editor);
        String key = partnerKey();

        JsonObject duo = fixture.duo(editor, account.getString("id"), "pac", key);

        JsonObject lp = duo.getJsonObject("lp");
        JsonObject form = duo.getJsonObject("form");
        JsonObject codes = duo.getJsonObject("codes");
        assertThat(duo.getBoolean("success")).isTrue();
        assertThat(lp.getString("code")).matches("LP-\\d{3,}");
        assertThat(form.getString("code")).matches("PAC-\\d{3,}");
        assertThat(codes.getString("lp_code")).isEqualTo(lp.getString("code"));
        assertThat(codes.getString("form_code")).isEqualTo(form.getString("code"));
        assertThat(codes.getString("liaison_code"))
                .isEqualTo(lp.getString("code") + "_" + form.getString("code"));
        assertThat(lp.getString("form_id")).isEqualTo(form.getString("id"));
        assertThat(form.getString("lp_id")).isEqualTo(lp.getString("id"));
        assertThat(form.getString("name")).isEqualTo("Form " + lp.getString("name"));
        assertThat(form.getString("url")).isEqualTo("https://soleil.example/lp");
        assertThat(form.getString("product_type")).isEqualTo("PAC");
        assertThat(form.getBoolean("allow_cross_crm")).isTrue();
        assertThat(lp.getString("form_mode")).isEqualTo("redirect");
        assertThat(lp.getString("redirect_url")).isEqualTo("/merci");
        assertThat(lp.getString("account_name")).isEqualTo(account.getString("name"));
        // the new key is shown once, in this answer
        assertThat(lp.getString("crm_api_key")).isEqualTo(key);
        assertThat(form.getString("crm_api_key")).isEqualTo(key);

        String lpCode = lp.getString("code");
        JsonObject next = fixture.duo(editor, account.getString("id"), "PAC", null);
        assertThat(number(next.getJsonObject("lp").getString("code")))
                .isEqualTo(number(lpCode) + 1);
        assertThat(number(next.getJsonObject("form").getString("code")))
                .isEqualTo(number(form.getString("code")) + 1);
    }

    @Test
    void thePartnerKeyIsSealedAtRestAndMaskedAfterCreation() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        String key = partnerKey();
        JsonObject duo = fixture.duo(editor, account, "PV", key);
        String lpId = duo.getJsonObject("lp").getString("id");
        String formId = duo.getJsonObject("form").getString("id");

        String stored = api.get("probe/catalogue/forms/" + formId).body();
        assertThat(CatalogueFixture.parse(stored).asJsonObject().getString("crm_api_key"))
                .startsWith("v1:");
        assertThat(stored).doesNotContain(key);
        assertThat(api.get("probe/catalogue/lps/" + lpId).body()).doesNotContain(key);

        List<HttpResponse<String>> reads =
                List.of(
                        editor.get("api/lps/" + lpId),
                        editor.get("api/lps?account_id=" + account),
                        editor.get("api/forms/" + formId),
                        editor.get("api/forms?account_id=" + account));
        for (HttpResponse<String> read : reads) {
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).doesNotContain(key).contains(last4(key));
        }
        assertThat(ok(editor.get("api/lps/" + lpId)).getString("crm_api_key"))
                .isEqualTo(last4(key));
        assertThat(fixture.activity(lpId).toString()).doesNotContain(key).contains(last4(key));
    }

    @Test
    void theLpListCarriesItsFiguresCountedByTheStore() throws Exception {
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        JsonObject account = fixture.account(editor);
        JsonObject duo = fixture.duo(editor, account.getString("id"), "PV", null);
        String lp = duo.getJsonObject("codes").getString("lp_code");
        String form = duo.getJsonObject("codes").getString("form_code");
        events("lp_visit", lp, null, 5);
        events("cta_click", lp, null, 3);
        events("form_start", lp, form, 4);
        lead(form, "success", true);
        lead(form, "duplicate", false);
        lead(form, "failed", false);

        JsonObject list = ok(viewer.get("api/lps?account_id=" + account.getString("id")));

        assertThat(list.getInt("count")).isEqualTo(1);
        assertThat(list.getInt("total")).isEqualTo(1);
        JsonObject item = list.getJsonArray("lps").getJsonObject(0);
        JsonObject stats = item.getJsonObject("stats");
        assertThat(stats.getInt("visits")).isEqualTo(5);
        assertThat(stats.getInt("cta_clicks")).isEqualTo(3);
        assertThat(stats.getInt("form_starts")).isEqualTo(4);
        assertThat(stats.getInt("form_submits")).isEqualTo(3);
        assertThat(item.getJsonObject("form").keySet())
                .containsExactlyInAnyOrder("id", "code", "name", "url");
        assertThat(item.getString("liaison_code")).isEqualTo(lp + "_" + form);
        assertThat(item.getString("account_name")).isEqualTo(account.getString("name"));

        JsonObject detail = ok(viewer.get("api/lps/" + item.getString("id")));
        assertThat(detail.getJsonObject("stats")).isEqualTo(stats);
        assertThat(detail.getJsonObject("form").getString("tracking_type")).isEqualTo("redirect");

        JsonObject formItem =
                ok(viewer.get("api/forms?account_id=" + account.getString("id")))
                        .getJsonArray("forms")
                        .getJsonObject(0);
        JsonObject formStats = formItem.getJsonObject("stats");
        assertThat(formStats.getInt("started")).isEqualTo(4);
        assertThat(formStats.getInt("leads")).isEqualTo(3);
        assertThat(formStats.getInt("sent")).isEqualTo(1);
        assertThat(formStats.getJsonNumber("conversion").doubleValue()).isEqualTo(75.0);
        assertThat(formItem.getJsonObject("lp").getString("code")).isEqualTo(lp);
        JsonObject formDetail = ok(viewer.get("api/forms/" + formItem.getString("id")));
        assertThat(formDetail.getJsonObject("stats").getInt("finished")).isEqualTo(2);
        assertThat(formDetail.getJsonObject("stats").getJsonNumber("conversion").doubleValue())
                .isEqualTo(50.0);
        assertThat(formDetail.getJsonObject("account").getString("id"))
                .isEqualTo(account.getString("id"));
        assertThat(formDetail.getJsonObject("lp").getString("code")).isEqualTo(lp);
    }

    @Test
    void updatingAnLpCarriesWhatItSharesToItsForm() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        String oldKey = partnerKey();
        JsonObject duo = fixture.duo(editor, account, "PV", oldKey);
        String lpId = duo.getJsonObject("lp").getString("id");
        String formId = duo.getJsonObject("form").getString("id");
        String newKey = partnerKey();

        JsonObject updated =
                ok(editor.put(
                                "api/lps/" + lpId,
                                "{\"tracking_type\":\"gtm\",\"redirect_url\":\"/bravo\","
                                        + "\"form_url\":\"https://soleil.example/form\","
                                        + "\"product_type\":\"ite\",\"source_type\":\"google\","
                                        + "\"crm_api_key\":\""
                                        + newKey
                                        + "\"}"))
                        .getJsonObject("lp");
        assertThat(updated.getString("crm_api_key")).isEqualTo(newKey);
        assertThat(updated.getString("code")).isEqualTo(duo.getJsonObject("lp").getString("code"));
        assertThat(updated.getString("product_type")).isEqualTo("ITE");
        assertThat(updated.getString("source_type")).isEqualTo("google");

        JsonObject form = ok(editor.get("api/forms/" + formId));
        assertThat(form.getString("tracking_type")).isEqualTo("gtm");
        assertThat(form.getString("redirect_url")).isEqualTo("/bravo");
        assertThat(form.getString("url")).isEqualTo("https://soleil.example/form");
        assertThat(form.getString("product_type")).isEqualTo("ITE");
        assertThat(form.getString("code")).isEqualTo(duo.getJsonObject("form").getString("code"));
        assertThat(form.getString("crm_api_key")).isEqualTo(last4(newKey));

        // the masked value sent back keeps the key; a blank one is refused
        JsonObject same =
                ok(editor.put(
                                "api/lps/" + lpId,
                                "{\"crm_api_key\":\"" + last4(newKey) + "\",\"notes\":\"n\"}"))
                        .getJsonObject("lp");
        assertThat(same.getString("crm_api_key")).isEqualTo(last4(newKey));
        assertThat(invalidField(editor.put("api/lps/" + lpId, "{\"crm_api_key\":\"\"}")))
                .isEqualTo("crm_api_key");

        // embedded: the form lives on the LP itself
        ok(editor.put("api/lps/" + lpId, "{\"form_mode\":\"embedded\"}"));
        assertThat(ok(editor.get("api/forms/" + formId)).getString("url"))
                .isEqualTo("https://soleil.example/lp");
    }

    @Test
    void archivingAnLpArchivesItsFormAndTakesThemOutOfTheDefaultList() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        JsonObject duo = fixture.duo(editor, account, "PV", null);
        String lpId = duo.getJsonObject("lp").getString("id");
        String formId = duo.getJsonObject("form").getString("id");
        fixture.duo(editor, account, "PV", null);

        assertThat(ok(editor.delete("api/lps/" + lpId)).getBoolean("success")).isTrue();

        JsonObject lp = ok(editor.get("api/lps/" + lpId));
        assertThat(lp.getString("status")).isEqualTo("archived");
        assertThat(lp.getString("archived_at")).isNotBlank();
        assertThat(ok(editor.get("api/forms/" + formId)).getString("status")).isEqualTo("archived");
        assertThat(ok(editor.get("api/lps?account_id=" + account)).getInt("total")).isEqualTo(1);
        assertThat(ok(editor.get("api/lps?status=&account_id=" + account)).getInt("total"))
                .isEqualTo(2);
        assertThat(ok(editor.get("api/lps?status=archived&account_id=" + account)).getInt("total"))
                .isEqualTo(1);
        assertThat(ok(editor.get("api/forms?account_id=" + account)).getInt("total")).isEqualTo(1);
        assertThat(invalidField(editor.get("api/lps?status=deleted"))).isEqualTo("status");

        // and back in use
        ok(editor.put("api/lps/" + lpId, "{\"status\":\"active\"}"));
        assertThat(ok(editor.get("api/forms/" + formId)).getString("status")).isEqualTo("active");
        assertThat(fixture.activity(lpId).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("create", "delete", "update");
    }

    @Test
    void duplicatingAnLpCopiesItAndItsFormUnderNewCodes() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        String key = partnerKey();
        JsonObject original = fixture.duo(editor, account, "PAC", key);
        String lpId = original.getJsonObject("lp").getString("id");
        ok(
                editor.put(
                        "api/lps/" + lpId,
                        "{\"source_name\":\"Taboola\",\"tracking_type\":\"both\"}"));

        JsonObject copy = ok(editor.post("api/lps/" + lpId + "/duplicate", null));

        JsonObject lp = copy.getJsonObject("lp");
        JsonObject form = copy.getJsonObject("form");
        assertThat(lp.getString("code"))
                .isNotEqualTo(original.getJsonObject("lp").getString("code"));
        assertThat(form.getString("code"))
                .startsWith("PAC-")
                .isNotEqualTo(original.getJsonObject("form").getString("code"));
        assertThat(lp.getString("name"))
                .isEqualTo(original.getJsonObject("lp").getString("name") + " (copie)");
        assertThat(form.getString("name")).endsWith(" (copie)");
        assertThat(lp.getString("source_name")).isEqualTo("Taboola");
        assertThat(lp.getString("form_id")).isEqualTo(form.getString("id"));
        assertThat(form.getString("lp_id")).isEqualTo(lp.getString("id"));
        assertThat(form.getString("tracking_type")).isEqualTo("both");
        assertThat(form.getString("crm_api_key")).isEqualTo(last4(key));
        assertThat(copy.getJsonObject("codes").getString("liaison_code"))
                .isEqualTo(lp.getString("code") + "_" + form.getString("code"));
        JsonArray log = fixture.activity(lp.getString("id"));
        assertThat(log.getJsonObject(0).getString("action")).isEqualTo("create");
        assertThat(log.getJsonObject(0).getJsonObject("details").getString("duplicate_of"))
                .isEqualTo(original.getJsonObject("lp").getString("code"));
    }

    @Test
    void badLpValuesAreNamedFieldByField() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");

        HttpResponse<String> missing =
                editor.post("api/lps", "{\"account_id\":\"" + account + "\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).getJsonArray("detail").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("field"))
                .containsExactlyInAnyOrder("name", "url", "product_type");

        HttpResponse<String> bad =
                editor.post(
                        "api/lps",
                        "{\"account_id\":\""
                                + account
                                + "\",\"name\":\"x\",\"url\":\"https://a.example\",\"product_type\":\"BOIS\","
                                + "\"redirect_url\":\"javascript:alert(1)\",\"form_mode\":\"popup\"}");
        assertThat(json(bad).getJsonArray("detail").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("field"))
                .containsExactlyInAnyOrder("product_type", "redirect_url", "form_mode");

        HttpResponse<String> unknownAccount =
                editor.post(
                        "api/lps",
                        "{\"account_id\":\""
                                + UUID.randomUUID()
                                + "\",\"name\":\"x\",\"url\":\"https://a.example\",\"product_type\":\"PV\"}");
        assertThat(invalidField(unknownAccount)).isEqualTo("account_id");
        assertThat(unknownAccount.body()).contains("Compte non trouvé");

        HttpResponse<String> unknown = editor.get("api/lps/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("detail")).isEqualTo("LP non trouvée");
        assertThat(editor.post("api/lps/" + UUID.randomUUID() + "/duplicate", null).statusCode())
                .isEqualTo(404);
        assertThat(editor.delete("api/lps/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void viewersReadLandingPagesAndFormsButDoNotChangeThem() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");
        String account = fixture.account(editor).getString("id");
        JsonObject duo = fixture.duo(editor, account, "PV", null);
        String lpId = duo.getJsonObject("lp").getString("id");
        String formId = duo.getJsonObject("form").getString("id");

        assertThat(viewer.get("api/lps/" + lpId).statusCode()).isEqualTo(200);
        assertThat(viewer.get("api/forms/" + formId).statusCode()).isEqualTo(200);
        assertThat(viewer.put("api/lps/" + lpId, "{\"notes\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(viewer.delete("api/forms/" + formId).statusCode()).isEqualTo(403);
        assertThat(viewer.post("api/forms/" + formId + "/duplicate", null).statusCode())
                .isEqualTo(403);
        assertThat(api.get("api/lps").statusCode()).isEqualTo(401);
        ApiClient.Staff noForms =
                api.as(StaffSessions.create(api, "editor", "lps").getString("token"));
        assertThat(noForms.get("api/forms").statusCode()).isEqualTo(403);
        assertThat(noForms.get("api/lps").statusCode()).isEqualTo(200);
    }

    // ---- forms

    @Test
    void aStandaloneFormStoresAllowCrossCrmAndShowsItsKeyOnce() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        String key = partnerKey();

        JsonObject created =
                ok(
                        editor.post(
                                "api/forms",
                                "{\"account_id\":\""
                                        + account
                                        + "\",\"name\":\"Devis PAC\",\"url\":\"https://a.example/devis\","
                                        + "\"product_type\":\"pac\",\"allow_cross_crm\":false,"
                                        + "\"crm_api_key\":\""
                                        + key
                                        + "\",\"required_fields\":[\"nom\",\"email\"]}"));

        JsonObject form = created.getJsonObject("form");
        assertThat(created.getString("code")).isEqualTo(form.getString("code")).startsWith("PAC-");
        assertThat(form.getBoolean("allow_cross_crm")).isFalse();
        assertThat(form.isNull("lp_id")).isTrue();
        assertThat(form.getString("crm_api_key")).isEqualTo(key);
        assertThat(form.getJsonArray("required_fields").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("phone", "nom", "email");
        String stored = api.get("probe/catalogue/forms/" + form.getString("id")).body();
        assertThat(CatalogueFixture.parse(stored).asJsonObject().getBoolean("allow_cross_crm"))
                .isFalse();
        JsonObject read = ok(editor.get("api/forms/" + form.getString("id")));
        assertThat(read.getString("crm_api_key")).isEqualTo(last4(key));
        assertThat(read.isNull("lp")).isTrue();
    }

    @Test
    void aFormLinksOnlyToAnLpOfItsOwnAccount() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        String other = fixture.account(editor).getString("id");
        String ownLp = fixture.duo(editor, account, "PV", null).getJsonObject("lp").getString("id");
        String otherLp = fixture.duo(editor, other, "PV", null).getJsonObject("lp").getString("id");
        String base =
                "{\"account_id\":\""
                        + account
                        + "\",\"name\":\"F\",\"url\":\"https://a.example\",\"product_type\":\"PV\",\"lp_id\":\"";

        assertThat(invalidField(editor.post("api/forms", base + otherLp + "\"}")))
                .isEqualTo("lp_id");
        HttpResponse<String> unknown = editor.post("api/forms", base + UUID.randomUUID() + "\"}");
        assertThat(invalidField(unknown)).isEqualTo("lp_id");
        assertThat(unknown.body()).contains("LP non trouvée");
        JsonObject linked =
                ok(editor.post("api/forms", base + ownLp + "\"}")).getJsonObject("form");
        assertThat(linked.getString("lp_id")).isEqualTo(ownLp);
        assertThat(linked.getJsonObject("lp").getString("id")).isEqualTo(ownLp);
        assertThat(linked.getString("liaison_code")).contains("_" + linked.getString("code"));

        JsonObject unlinked =
                ok(editor.put("api/forms/" + linked.getString("id"), "{\"lp_id\":\"\"}"))
                        .getJsonObject("form");
        assertThat(unlinked.isNull("lp_id")).isTrue();
    }

    @Test
    void updatingAFormChecksAndSetsWhatWasSent() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        JsonObject form = fixture.duo(editor, account, "PV", partnerKey()).getJsonObject("form");
        String path = "api/forms/" + form.getString("id");
        String newKey = partnerKey();

        JsonObject updated =
                ok(editor.put(
                                path,
                                "{\"product_type\":\"ite\",\"allow_cross_crm\":false,\"name\":\"Nouveau\","
                                        + "\"consent_text_version\":\"v2\",\"crm_api_key\":\""
                                        + newKey
                                        + "\"}"))
                        .getJsonObject("form");
        assertThat(updated.getString("product_type")).isEqualTo("ITE");
        assertThat(updated.getString("code")).isEqualTo(form.getString("code"));
        assertThat(updated.getBoolean("allow_cross_crm")).isFalse();
        assertThat(updated.getString("name")).isEqualTo("Nouveau");
        assertThat(updated.getString("consent_text_version")).isEqualTo("v2");
        assertThat(updated.getString("crm_api_key")).isEqualTo(newKey);
        assertThat(ok(editor.get(path)).getString("crm_api_key")).isEqualTo(last4(newKey));

        assertThat(invalidField(editor.put(path, "{\"product_type\":\"BOIS\"}")))
                .isEqualTo("product_type");
        assertThat(invalidField(editor.put(path, "{\"required_fields\":[\"shoe_size\"]}")))
                .isEqualTo("required_fields");
        assertThat(invalidField(editor.put(path, "{\"allow_cross_crm\":\"yes\"}")))
                .isEqualTo("allow_cross_crm");
        assertThat(invalidField(editor.put(path, "{\"crm_api_key\":\"  \"}")))
                .isEqualTo("crm_api_key");
        assertThat(invalidField(editor.put(path, "{\"url\":\"not a url\"}"))).isEqualTo("url");

        ok(editor.put(path, "{\"status\":\"archived\"}"));
        assertThat(ok(editor.get(path)).getString("status")).isEqualTo("archived");
        ok(editor.put(path, "{\"status\":\"active\"}"));
        JsonObject restored = ok(editor.get(path));
        assertThat(restored.getString("status")).isEqualTo("active");
        assertThat(restored.isNull("archived_at")).isTrue();

        JsonArray log = fixture.activity(form.getString("id"));
        assertThat(log.toString()).doesNotContain(newKey);
        JsonObject keyChange = log.getJsonObject(1).getJsonObject("details");
        assertThat(keyChange.getJsonObject("after").getString("crm_api_key"))
                .isEqualTo(last4(newKey));
        assertThat(keyChange.getJsonObject("after").getString("product_type")).isEqualTo("ITE");
    }

    @Test
    void theFormsListFiltersByAccountProductAndStatus() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        fixture.duo(editor, account, "PV", null);
        fixture.duo(editor, account, "PAC", null);
        String archived =
                fixture.duo(editor, account, "PAC", null).getJsonObject("form").getString("id");
        ok(editor.delete("api/forms/" + archived));

        JsonObject pac = ok(editor.get("api/forms?account_id=" + account + "&product_type=pac"));
        assertThat(pac.getInt("total")).isEqualTo(1);
        assertThat(pac.getJsonArray("forms").getJsonObject(0).getString("product_type"))
                .isEqualTo("PAC");
        assertThat(pac.getJsonArray("forms").getJsonObject(0).getString("account_name"))
                .startsWith("Compte ");
        assertThat(ok(editor.get("api/forms?account_id=" + account + "&status=")).getInt("total"))
                .isEqualTo(3);
        JsonObject page =
                ok(editor.get("api/forms?account_id=" + account + "&status=&limit=1&skip=0"));
        assertThat(page.getInt("count")).isEqualTo(1);
        assertThat(page.getJsonArray("forms").getJsonObject(0).getString("id")).isEqualTo(archived);
        assertThat(invalidField(editor.get("api/forms?product_type=BOIS")))
                .isEqualTo("product_type");
        assertThat(invalidField(editor.get("api/forms?account_id=nope"))).isEqualTo("account_id");
    }

    @Test
    void duplicatingAFormKeepsItsLpAndSettings() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        String key = partnerKey();
        JsonObject original = fixture.duo(editor, account, "ITE", key).getJsonObject("form");
        ok(editor.put("api/forms/" + original.getString("id"), "{\"allow_cross_crm\":false}"));

        JsonObject copy =
                ok(editor.post("api/forms/" + original.getString("id") + "/duplicate", null));

        JsonObject form = copy.getJsonObject("form");
        assertThat(copy.getString("code"))
                .isEqualTo(form.getString("code"))
                .startsWith("ITE-")
                .isNotEqualTo(original.getString("code"));
        assertThat(form.getString("name")).isEqualTo(original.getString("name") + " (copie)");
        assertThat(form.getString("lp_id")).isEqualTo(original.getString("lp_id"));
        assertThat(form.getBoolean("allow_cross_crm")).isFalse();
        assertThat(form.getString("crm_api_key")).isEqualTo(last4(key));
        assertThat(form.getString("status")).isEqualTo("active");
        HttpResponse<String> unknown = editor.get("api/forms/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("detail")).isEqualTo("Formulaire non trouvé");
    }

    @Test
    void aKeyStoredInClearBeforeSealingIsShownMasked() throws Exception {
        ApiClient.Staff editor = StaffSessions.as(api, "editor");
        String account = fixture.account(editor).getString("id");
        String formId =
                fixture.duo(editor, account, "PV", null).getJsonObject("form").getString("id");
        String legacy = partnerKey();
        api.post("probe/catalogue/forms/" + formId + "/clear-key?key=" + legacy);

        HttpResponse<String> read = editor.get("api/forms/" + formId);

        assertThat(read.body()).doesNotContain(legacy);
        assertThat(json(read).getString("crm_api_key")).isEqualTo(last4(legacy));
    }

    private static void events(String event, String lpCode, String formCode, int count)
            throws Exception {
        String query =
                "probe/catalogue/events?event=" + event + "&count=" + count + "&lp_code=" + lpCode;
        if (formCode != null) {
            query += "&form_code=" + formCode;
        }
        assertThat(api.post(query).statusCode()).isEqualTo(204);
    }

    private static void lead(String formCode, String apiStatus, boolean sent) throws Exception {
        assertThat(
                        api.post(
                                        "probe/catalogue/leads?form_code="
                                                + formCode
                                                + "&api_status="
                                                + apiStatus
                                                + "&sent="
                                                + sent)
                                .statusCode())
                .isEqualTo(204);
    }

    private static int number(String code) {
        return Integer.parseInt(code.substring(code.indexOf('-') + 1));
    }
}
