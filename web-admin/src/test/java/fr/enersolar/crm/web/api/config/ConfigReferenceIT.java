package fr.enersolar.crm.web.api.config;

import static fr.enersolar.crm.web.testing.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.Json;
import fr.enersolar.crm.web.testing.StaffSessions;
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
 * The settings' reference data over real HTTP on Payara Micro: diffusion sources, product types
 * with their aids, the image library; the seed's messages; reads with the settings section, writes
 * for its administrators; every write in the activity log.
 */
@ExtendWith(ArquillianExtension.class)
class ConfigReferenceIT {

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

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- sources

    @Test
    void initAddsTheEightSeedSourcesOnceOnly() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        JsonObject first = object(admin.post("api/config/sources/init", null));
        JsonObject second = object(admin.post("api/config/sources/init", null));
        JsonObject list = object(admin.get("api/config/sources"));

        // another test may have added a source first; then init leaves the list alone
        if (first.getBoolean("success")) {
            assertThat(first.getInt("created")).isEqualTo(8);
            List<String> slugs =
                    list.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                            .map(s -> s.getString("slug"))
                            .toList();
            assertThat(slugs)
                    .contains(
                            "google",
                            "facebook",
                            "taboola",
                            "outbrain",
                            "native",
                            "email",
                            "sms",
                            "partner");
        }
        assertThat(second.getBoolean("success")).isFalse();
        assertThat(second.getString("message")).isEqualTo("Sources déjà initialisées");
        assertThat(list.getJsonNumber("count").longValue())
                .isEqualTo(list.getJsonArray("sources").size());
    }

    @Test
    void addsAndDeletesASourceAndRefusesATakenSlug() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String slug = unique("src-");

        HttpResponse<String> created =
                admin.post(
                        "api/config/sources",
                        Json.of(
                                "name", "Bing", "slug", slug, "icon", "search", "color",
                                "#008373"));
        HttpResponse<String> again =
                admin.post("api/config/sources", Json.of("name", "Bing 2", "slug", slug));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject source = object(created).getJsonObject("source");
        assertThat(source.getString("slug")).isEqualTo(slug);
        assertThat(source.getString("color")).isEqualTo("#008373");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(object(again).getString("detail")).isEqualTo("Ce slug existe déjà");
        String id = source.getString("id");
        assertThat(admin.delete("api/config/sources/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> gone = admin.delete("api/config/sources/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(object(gone).getString("detail")).isEqualTo("Source non trouvée");
        assertThat(admin.get("api/config/sources").body()).doesNotContain(id);
    }

    @Test
    void aSourceNeedsANameAndAWellFormedSlug() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        HttpResponse<String> noName = admin.post("api/config/sources", Json.of("slug", "abc"));
        HttpResponse<String> badSlug =
                admin.post("api/config/sources", Json.of("name", "X", "slug", "Not a slug!"));

        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("\"field\":\"name\"");
        assertThat(badSlug.statusCode()).isEqualTo(400);
        assertThat(badSlug.body()).contains("\"field\":\"slug\"");
    }

    // --- products

    @Test
    void initAddsPvPacAndIteWithTheirAids() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        JsonObject first = object(admin.post("api/config/products/init", null));
        JsonObject second = object(admin.post("api/config/products/init", null));
        JsonObject list = object(admin.get("api/config/products"));

        if (first.getBoolean("success")) {
            assertThat(first.getInt("created")).isEqualTo(3);
        }
        assertThat(second.getBoolean("success")).isFalse();
        assertThat(second.getString("message")).isEqualTo("Produits déjà initialisés");
        JsonObject pac =
                list.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getString("code").equals("PAC"))
                        .findFirst()
                        .orElseThrow();
        assertThat(pac.getJsonArray("aides").getJsonObject(0).getString("name"))
                .isEqualTo("MaPrimeRénov'");
    }

    @Test
    void replacesTheAidsOfAProductFromABareListOrAnObject() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String code = unique("P").toUpperCase();
        HttpResponse<String> created =
                admin.post(
                        "api/config/products",
                        "{\"code\":\""
                                + code
                                + "\",\"name\":\"Solaire thermique\",\"color\":\"#F00\","
                                + "\"aides\":[{\"name\":\"CEE\",\"amount\":500,\"conditions\":\"RGE\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonObject product = object(created).getJsonObject("product");
        assertThat(product.getJsonArray("aides").getJsonObject(0).getString("amount"))
                .isEqualTo("500");
        String path = "api/config/products/" + product.getString("id") + "/aides";

        HttpResponse<String> bare =
                admin.put(path, "[{\"name\":\"MaPrimeRénov'\",\"amount\":\"jusqu'à 4 000 €\"}]");
        HttpResponse<String> wrapped =
                admin.put(path, "{\"aides\":[{\"name\":\"A\"},{\"name\":\"B\"}]}");

        assertThat(bare.statusCode()).as(bare.body()).isEqualTo(200);
        assertThat(
                        object(bare)
                                .getJsonObject("product")
                                .getJsonArray("aides")
                                .getJsonObject(0)
                                .getString("amount"))
                .isEqualTo("jusqu'à 4 000 €");
        assertThat(object(wrapped).getJsonObject("product").getJsonArray("aides")).hasSize(2);
        HttpResponse<String> dup =
                admin.post("api/config/products", Json.of("code", code, "name", "Encore"));
        assertThat(dup.statusCode()).isEqualTo(400);
        assertThat(object(dup).getString("detail")).isEqualTo("Ce code existe déjà");
    }

    @Test
    void badAidsAndUnknownProductsAreRefused() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        HttpResponse<String> unknown =
                admin.put("api/config/products/" + UUID.randomUUID() + "/aides", "[]");
        HttpResponse<String> noName =
                admin.post(
                        "api/config/products",
                        "{\"code\":\"ZZ\",\"name\":\"Z\",\"aides\":[{\"amount\":\"1\"}]}");
        HttpResponse<String> notAList =
                admin.put("api/config/products/" + UUID.randomUUID() + "/aides", "{\"aides\":3}");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(object(unknown).getString("detail")).isEqualTo("Produit non trouvé");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("\"field\":\"aides[0].name\"");
        assertThat(notAList.statusCode()).isEqualTo(400);
        assertThat(notAList.body()).contains("\"field\":\"aides\"");
    }

    // --- images

    @Test
    void addsListsByCategoryPagesAndDeletesImages() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");
        String tag = unique("tag-");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created =
                    admin.post(
                            "api/config/images",
                            "{\"name\":\"Logo "
                                    + i
                                    + "\",\"url\":\"https://cdn.example.com/"
                                    + tag
                                    + "/"
                                    + i
                                    + ".png\",\"category\":\"logo\",\"tags\":[\""
                                    + tag
                                    + "\"]}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        }
        admin.post(
                "api/config/images",
                Json.of("name", "Bannière", "url", "https://cdn.example.com/b.png"));

        JsonObject logos = object(admin.get("api/config/images?category=logo&limit=2"));
        JsonObject photos = object(admin.get("api/config/images?category=photo"));

        assertThat(logos.getJsonArray("images")).hasSize(2);
        assertThat(logos.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(logos.getJsonArray("images").getJsonObject(0).getString("name"))
                .isEqualTo("Logo 2");
        assertThat(photos.getJsonArray("images").getValuesAs(JsonObject.class))
                .allSatisfy(i -> assertThat(i.getString("category")).isEqualTo("photo"));
        String id = logos.getJsonArray("images").getJsonObject(0).getString("id");
        assertThat(admin.delete("api/config/images/" + id).statusCode()).isEqualTo(200);
        HttpResponse<String> gone = admin.delete("api/config/images/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(object(gone).getString("detail")).isEqualTo("Image non trouvée");
    }

    @Test
    void anImageNeedsAnHttpUrlAndAKnownCategory() throws Exception {
        ApiClient.Staff admin = StaffSessions.as(api, "admin");

        HttpResponse<String> script =
                admin.post("api/config/images", Json.of("name", "x", "url", "javascript:alert(1)"));
        HttpResponse<String> category =
                admin.post(
                        "api/config/images",
                        Json.of("name", "x", "url", "https://e.example/x.png", "category", "gif"));
        HttpResponse<String> filter = admin.get("api/config/images?category=gif");

        assertThat(script.statusCode()).isEqualTo(400);
        assertThat(script.body()).contains("\"field\":\"url\"");
        assertThat(category.body()).contains("\"field\":\"category\"");
        assertThat(filter.statusCode()).isEqualTo(400);
    }

    // --- permissions and log

    @Test
    void readsNeedTheSettingsSectionAndWritesItsAdministrators() throws Exception {
        ApiClient.Staff viewer = StaffSessions.as(api, "viewer");
        ApiClient.Staff editorWithSettings =
                api.as(StaffSessions.create(api, "editor", "settings").getString("token"));

        assertThat(api.get("api/config/sources").statusCode()).isEqualTo(401);
        assertThat(viewer.get("api/config/sources").statusCode()).isEqualTo(403);
        assertThat(viewer.get("api/config/images").statusCode()).isEqualTo(403);
        assertThat(editorWithSettings.get("api/config/products").statusCode()).isEqualTo(200);
        assertThat(editorWithSettings.get("api/config/images").statusCode()).isEqualTo(200);
        assertThat(
                        editorWithSettings
                                .post(
                                        "api/config/images",
                                        Json.of("name", "x", "url", "https://e.example/x"))
                                .statusCode())
                .isEqualTo(403);
        assertThat(editorWithSettings.post("api/config/sources/init", null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void everyWriteIsInTheActivityLog() throws Exception {
        JsonObject adminUser = StaffSessions.create(api, "admin");
        ApiClient.Staff admin = api.as(adminUser.getString("token"));
        String slug = unique("log-");
        String id =
                object(admin.post("api/config/sources", Json.of("name", "Log", "slug", slug)))
                        .getJsonObject("source")
                        .getString("id");
        admin.delete("api/config/sources/" + id);

        JsonObject logs =
                object(
                        admin.get(
                                "api/auth/activity-logs?entity_type=source&user_id="
                                        + adminUser.getString("user_id")));

        assertThat(logs.getJsonArray("logs").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("action"))
                .containsExactly("delete", "create");
        assertThat(
                        logs.getJsonArray("logs")
                                .getJsonObject(1)
                                .getJsonObject("details")
                                .getJsonObject("after")
                                .getString("slug"))
                .isEqualTo(slug);
    }
}
