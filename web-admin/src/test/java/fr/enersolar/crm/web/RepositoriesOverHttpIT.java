package fr.enersolar.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.probe.RepositoryProbeResource;
import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** One client for the class: readiness is awaited once. */
    private static ApiClient api;

    @ArquillianResource URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.webAdminWithCore();
    }

    @BeforeEach
    void awaitReady() throws Exception {
        if (api == null) {
            api = new ApiClient(deployed);
        }
        api.awaitReady();
    }

    @Test
    void readinessReportsTheStoreUp() throws Exception {
        HttpResponse<String> ready = get("health/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void livenessAnswers() throws Exception {
        HttpResponse<String> live = get("health/live");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void anAccountWrittenIsReadBack() throws Exception {
        String name = "Soleil Énergie " + UUID.randomUUID();
        String crm = UUID.randomUUID().toString();

        HttpResponse<String> created =
                post("probe/accounts?name=" + encode(name) + "&crm=" + encode(crm));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = field(created.body(), "id");

        HttpResponse<String> read = get("probe/accounts/" + id);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(field(read.body(), "id")).isEqualTo(id);
        assertThat(field(read.body(), "name")).isEqualTo(name);
        assertThat(field(read.body(), "crmId")).isEqualTo(crm);
    }

    @Test
    void landingPageCodesAreAllocatedInOrderFromOne() throws Exception {
        HttpResponse<String> first = post("probe/lps/next-code");
        HttpResponse<String> second = post("probe/lps/next-code");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(field(first.body(), "code")).isEqualTo("LP-001");
        assertThat(field(second.body(), "code")).isEqualTo("LP-002");
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        HttpResponse<String> read = get("probe/accounts/" + UUID.randomUUID());

        assertThat(read.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return api.get(path);
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return api.post(path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A string field of a flat JSON object (the probe's answers need nothing more). */
    private static String field(String json, String name) {
        Matcher m =
                Pattern.compile(
                                "\""
                                        + Pattern.quote(name)
                                        + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                        .matcher(json);
        assertThat(m.find()).as("field %s in %s", name, json).isTrue();
        return m.group(1);
    }
}
