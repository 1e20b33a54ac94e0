package fr.enersolar.crm.web.api.commandes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.StaffSessions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The commandes API of SPEC-seed §5.3 over real HTTP on Payara Micro. */
@ExtendWith(ArquillianExtension.class)
class CommandesIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static ApiClient api;

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
    }

    @Test
    void createsListsChecksUpdatesAndDeletesACommandeWithPriceAndCaps() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String slug = "buyer-" + suffix();
        String crm = createCrm(slug);

        HttpResponse<String> created =
                admin.post(
                        "api/commandes",
                        "{\"crm_id\":\""
                                + crm
                                + "\",\"product_type\":\"PV\",\"departements\":[\"75\",\"2A\"],"
                                + "\"prix_unitaire\":25.5,\"cap_per_day\":10,\"notes\":\"essai\"}");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(json(created).getBoolean("success")).isTrue();
        JsonObject commande = json(created).getJsonObject("commande");
        String id = commande.getString("id");
        assertThat(commande.getString("crm_id")).isEqualTo(crm);
        assertThat(commande.getString("crm_name")).isEqualTo("Buyer " + slug);
        assertThat(commande.getString("crm_slug")).isEqualTo(slug);
        assertThat(commande.getString("product_type")).isEqualTo("PV");
        assertThat(strings(commande, "departements")).containsExactly("2A", "75");
        assertThat(commande.getBoolean("active")).isTrue();
        assertThat(commande.getJsonNumber("prix_unitaire").bigDecimalValue())
                .isEqualByComparingTo("25.50");
        assertThat(commande.getJsonNumber("prix_unitaire_cents").longValue()).isEqualTo(2550);
        assertThat(commande.getInt("cap_per_day")).isEqualTo(10);
        assertThat(commande.get("cap_per_week")).isEqualTo(JsonValue.NULL);
        assertThat(commande.getString("notes")).isEqualTo("essai");

        JsonObject list = json(admin.get("api/commandes?crm_id=" + crm));
        assertThat(list.getInt("count")).isEqualTo(1);
        assertThat(list.getJsonArray("commandes").getJsonObject(0).getString("id")).isEqualTo(id);
        assertThat(json(admin.get("api/commandes")).getInt("count")).isGreaterThanOrEqualTo(1);

        JsonObject check = json(admin.get(checkPath(crm, "PV", "75")));
        assertThat(check.getBoolean("has_commande")).isTrue();
        assertThat(check.getString("departement")).isEqualTo("75");
        assertThat(json(admin.get(checkPath(crm, "PV", "13"))).getBoolean("has_commande"))
                .isFalse();
        assertThat(json(admin.get(checkPath(crm, "PAC", "75"))).getBoolean("has_commande"))
                .isFalse();

        HttpResponse<String> updated =
                admin.put(
                        "api/commandes/" + id,
                        "{\"prix_unitaire\":30,\"active\":false,\"cap_per_day\":null,"
                                + "\"cap_per_week\":50,\"product_type\":\"*\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        JsonObject after = json(updated).getJsonObject("commande");
        assertThat(after.getJsonNumber("prix_unitaire_cents").longValue()).isEqualTo(3000);
        assertThat(after.getBoolean("active")).isFalse();
        assertThat(after.get("cap_per_day")).isEqualTo(JsonValue.NULL);
        assertThat(after.getInt("cap_per_week")).isEqualTo(50);
        assertThat(after.getString("product_type")).isEqualTo("*");
        assertThat(strings(after, "departements")).containsExactly("2A", "75");
        assertThat(json(admin.get(checkPath(crm, "PV", "75"))).getBoolean("has_commande"))
                .isFalse();

        String activity = api.get("probe/admin/activity?subject=" + id).body();
        assertThat(activity)
                .contains("\"action\":\"create\"")
                .contains("\"action\":\"update\"")
                .contains("prix_unitaire_cents=2550")
                .contains("prix_unitaire_cents=3000");

        HttpResponse<String> deleted = admin.delete("api/commandes/" + id);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).getString("deleted_id")).isEqualTo(id);
        HttpResponse<String> again = admin.delete("api/commandes/" + id);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).getString("detail")).isEqualTo("Commande non trouvée");
        assertThat(api.get("probe/admin/activity?subject=" + id).body())
                .contains("\"action\":\"delete\"");
    }

    @Test
    void refusesBadInputWithTheSeedsMessagesNamingTheField() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String crm = createCrm("refus-" + suffix());

        HttpResponse<String> unknownCrm =
                admin.post(
                        "api/commandes",
                        "{\"crm_id\":\"00000000-0000-4000-8000-000000000000\",\"product_type\":\"PV\","
                                + "\"departements\":[\"75\"]}");
        assertThat(unknownCrm.statusCode()).isEqualTo(404);
        assertThat(json(unknownCrm).getString("detail")).isEqualTo("CRM non trouvé");

        assertRefused(
                admin.post("api/commandes", body(crm, "\"XYZ\"", "[\"75\"]", "")),
                "product_type",
                "Type de produit invalide: XYZ");
        assertRefused(
                admin.post("api/commandes", body(crm, "\"PV\"", "[\"75\",\"20\"]", "")),
                "departements",
                "Département invalide: 20");
        assertRefused(
                admin.post("api/commandes", body(crm, "\"PV\"", "[\"971\"]", "")),
                "departements",
                "Département invalide: 971");
        assertRefused(
                admin.post("api/commandes", body(crm, "\"PV\"", "[]", "")),
                "departements",
                "au moins un département");
        assertRefused(
                admin.post(
                        "api/commandes",
                        body(crm, "\"PV\"", "[\"75\"]", ",\"prix_unitaire\":12.345")),
                "prix_unitaire",
                "au centime près");
        assertRefused(
                admin.post(
                        "api/commandes", body(crm, "\"PV\"", "[\"75\"]", ",\"prix_unitaire\":-1")),
                "prix_unitaire",
                "positif");
        assertRefused(
                admin.post(
                        "api/commandes",
                        body(crm, "\"PV\"", "[\"75\"]", ",\"cap_per_week\":\"10\"")),
                "cap_per_week",
                "entier");
        assertRefused(
                admin.post("api/commandes", body(crm, "\"PV\"", "[\"75\"]", ",\"cap_per_day\":-3")),
                "cap_per_day",
                "positif");
        assertRefused(
                admin.post("api/commandes", body(crm, "\"PV\"", "\"75\"", "")),
                "departements",
                "liste");
        assertRefused(admin.post("api/commandes", "[1]"), "body", "objet JSON");
        assertRefused(
                admin.post("api/commandes", "{\"product_type\":\"PV\"}"), "crm_id", "champ requis");

        // "*" anywhere stands for every département, the seed's rule.
        HttpResponse<String> every =
                admin.post("api/commandes", body(crm, "\"*\"", "[\"*\",\"20\"]", ""));
        assertThat(every.statusCode()).isEqualTo(200);
        JsonObject commande = json(every).getJsonObject("commande");
        assertThat(strings(commande, "departements")).containsExactly("*");
        assertThat(json(admin.get(checkPath(crm, "ITE", "2B"))).getBoolean("has_commande"))
                .isTrue();

        HttpResponse<String> unknown =
                admin.put("api/commandes/00000000-0000-4000-8000-000000000000", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("detail")).isEqualTo("Commande non trouvée");
        assertRefused(
                admin.put(
                        "api/commandes/" + commande.getString("id"), "{\"product_type\":\"PVX\"}"),
                "product_type",
                "Type de produit invalide");
        assertRefused(
                admin.get("api/commandes/check?crm_id=" + crm + "&product_type=PV"),
                "departement",
                "champ requis");
    }

    @Test
    void initDefaultsGivesEachCrmWithoutCommandeAWildcardOne() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String slug = "defaut-" + suffix();
        String crm = createCrm(slug);

        HttpResponse<String> answer = admin.post("api/commandes/init-defaults", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject body = json(answer);
        assertThat(body.getString("message")).endsWith(" commandes créées");
        assertThat(body.getJsonArray("created").getValuesAs(JsonObject.class))
                .anySatisfy(c -> assertThat(c.getString("crm")).isEqualTo("Buyer " + slug));
        JsonObject commande =
                json(admin.get("api/commandes?crm_id=" + crm))
                        .getJsonArray("commandes")
                        .getJsonObject(0);
        assertThat(commande.getString("product_type")).isEqualTo("*");
        assertThat(strings(commande, "departements")).containsExactly("*");
        assertThat(commande.getString("notes"))
                .isEqualTo("Commande par défaut - tous produits/départements");
        assertThat(commande.getJsonNumber("prix_unitaire_cents").longValue()).isZero();

        JsonObject second = json(admin.post("api/commandes/init-defaults", null));
        assertThat(second.getJsonArray("created").getValuesAs(JsonObject.class))
                .noneSatisfy(
                        c ->
                                assertThat(c.getString("commande_id"))
                                        .isEqualTo(commande.getString("id")));
        assertThat(json(admin.get("api/commandes?crm_id=" + crm)).getInt("count")).isEqualTo(1);
    }

    @Test
    void listsDepartementsAndProducts() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        JsonObject departements = json(admin.get("api/commandes/departements"));
        assertThat(departements.getInt("count")).isEqualTo(96);
        assertThat(strings(departements, "departements"))
                .contains("01", "2A", "2B", "95")
                .doesNotContain("20");
        assertThat(departements.getString("note")).isNotBlank();

        JsonObject products = json(admin.get("api/commandes/products"));
        assertThat(strings(products, "products")).containsExactly("PV", "PAC", "ITE");
        assertThat(products.getString("wildcard")).isEqualTo("*");
    }

    @Test
    void readsNeedTheSectionAndWritesARoleThatMayWrite() throws Exception {
        String crm = createCrm("droits-" + suffix());
        ApiClient.Staff viewer =
                api.as(StaffSessions.create(api, "viewer", "commandes").getString("token"));
        ApiClient.Staff editor =
                api.as(StaffSessions.create(api, "editor", "commandes").getString("token"));

        assertThat(viewer.get("api/commandes").statusCode()).isEqualTo(200);
        assertThat(viewer.post("api/commandes", body(crm, "\"PV\"", "[\"75\"]", "")).statusCode())
                .isEqualTo(403);
        assertThat(editor.post("api/commandes", body(crm, "\"PV\"", "[\"75\"]", "")).statusCode())
                .isEqualTo(200);
        assertThat(StaffSessions.as(api, "editor").get("api/commandes").statusCode())
                .isEqualTo(403);
        assertThat(api.get("api/commandes").statusCode()).isEqualTo(401);
    }

    private static void assertRefused(HttpResponse<String> answer, String field, String reason) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonObject detail = json(answer).getJsonArray("detail").getJsonObject(0);
        assertThat(detail.getString("field")).isEqualTo(field);
        assertThat(detail.getString("reason")).contains(reason);
    }

    private static String body(String crm, String product, String departements, String more) {
        return "{\"crm_id\":\""
                + crm
                + "\",\"product_type\":"
                + product
                + ",\"departements\":"
                + departements
                + more
                + "}";
    }

    private static String checkPath(String crm, String product, String departement) {
        return "api/commandes/check?crm_id="
                + crm
                + "&product_type="
                + product
                + "&departement="
                + departement;
    }

    private static String createCrm(String slug) throws Exception {
        HttpResponse<String> created =
                api.post("probe/admin/crms?name=Buyer%20" + slug + "&slug=" + slug);
        assertThat(created.statusCode()).isEqualTo(200);
        return json(created).getString("id");
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String suffix() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
