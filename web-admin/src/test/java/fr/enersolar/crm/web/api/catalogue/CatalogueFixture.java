package fr.enersolar.crm.web.api.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;

/** What the catalogue ITs set up again and again, through the API and the test probe. */
final class CatalogueFixture {

    private final ApiClient api;

    CatalogueFixture(ApiClient api) {
        this.api = api;
    }

    static JsonObject json(HttpResponse<String> answer) {
        return (JsonObject) parse(answer.body());
    }

    static JsonArray array(HttpResponse<String> answer) {
        return (JsonArray) parse(answer.body());
    }

    static JsonStructure parse(String body) {
        return Json.createReader(new StringReader(body)).read();
    }

    /**
     * The answer, after checking its status (the body is shown when it is not the one expected).
     */
    static JsonObject ok(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    /** The single field a 400 names, after checking the status. */
    static String invalidField(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonArray detail = json(answer).getJsonArray("detail");
        return detail.getJsonObject(0).getString("field");
    }

    /** A new CRM (fresh slug); its id. */
    String crm() throws Exception {
        return json(api.post("probe/catalogue/crm")).getString("id");
    }

    /** A new account of a new CRM, created through the API by {@code as}; its JSON. */
    JsonObject account(ApiClient.Staff as) throws Exception {
        String body =
                Json.createObjectBuilder()
                        .add("name", "Compte " + UUID.randomUUID())
                        .add("crm_id", crm())
                        .build()
                        .toString();
        return ok(as.post("api/accounts", body)).getJsonObject("account");
    }

    /** A new LP + form duo of {@code accountId} through the API; the whole answer. */
    JsonObject duo(ApiClient.Staff as, String accountId, String product, String key)
            throws Exception {
        var body =
                Json.createObjectBuilder()
                        .add("account_id", accountId)
                        .add("name", "LP " + UUID.randomUUID())
                        .add("url", "https://soleil.example/lp")
                        .add("product_type", product);
        if (key != null) {
            body.add("crm_api_key", key);
        }
        return ok(as.post("api/lps", body.build().toString()));
    }

    /** A partner key made up for this test run (never a real one). */
    static String partnerKey() {
        return "pk-" + UUID.randomUUID();
    }

    static String last4(String key) {
        return "****" + key.substring(key.length() - 4);
    }

    /** The stored activity entries about an entity, oldest first. */
    JsonArray activity(String entityId) throws Exception {
        return array(api.get("probe/catalogue/activity/" + entityId));
    }
}
