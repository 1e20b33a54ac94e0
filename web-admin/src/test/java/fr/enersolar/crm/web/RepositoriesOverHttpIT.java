package fr.enersolar.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.probe.ProbeApplication;
import fr.enersolar.crm.web.probe.RepositoryProbeResource;
import fr.enersolar.crm.web.testing.Deployments;
import fr.enersolar.crm.web.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * web-admin and crm-core deployed as one WAR in Payara Micro (started by the Arquillian adapter),
 * exercised over HTTP only: the health probes, and a test-only JAX-RS resource ({@link
 * RepositoryProbeResource}) that writes and reads through the real repositories on the embedded
 * store.
 */
@ExtendWith(ArquillianExtension.class)
class RepositoriesOverHttpIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(Map.of(), ProbeApplication.class, RepositoryProbeResource.class);
    }

    @ArquillianResource URL deployed;

    private Http http;

    @BeforeEach
    void awaitReady() throws Exception {
        http = Http.to(deployed);
        http.awaitReady(Duration.ofSeconds(60));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void readinessReportsTheStoreUp() throws Exception {
        HttpResponse<String> ready = http.get("health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void livenessAnswers() throws Exception {
        HttpResponse<String> live = http.get("health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void anAccountWrittenIsReadBack() throws Exception {
        String name = "Soleil Énergie " + UUID.randomUUID();
        String crm = UUID.randomUUID().toString();

        HttpResponse<String> created =
                http.post(
                        "probe/accounts?name=" + encode(name) + "&crm=" + encode(crm),
                        "",
                        Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).getString("id");

        HttpResponse<String> read = http.get("probe/accounts/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonObject account = json(read);
        assertThat(account.getString("id")).isEqualTo(id);
        assertThat(account.getString("name")).isEqualTo(name);
        assertThat(account.getString("crmId")).isEqualTo(crm);
    }

    @Test
    void landingPageCodesAreAllocatedInOrderFromOne() throws Exception {
        HttpResponse<String> first = http.post("probe/lps/next-code", "", Map.of());
        HttpResponse<String> second = http.post("probe/lps/next-code", "", Map.of());

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(json(first).getString("code")).isEqualTo("LP-001");
        assertThat(json(second).getString("code")).isEqualTo("LP-002");
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        HttpResponse<String> read = http.get("probe/accounts/" + UUID.randomUUID());

        assertThat(read.statusCode()).isEqualTo(404);
    }
}
