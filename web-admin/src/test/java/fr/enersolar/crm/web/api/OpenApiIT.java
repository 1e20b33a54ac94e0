package fr.enersolar.crm.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.testing.ApiClient;
import fr.enersolar.crm.web.testing.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document Payara serves at {@code /openapi} (MicroProfile OpenAPI) describes every
 * endpoint of {@link ApiApplication}: the expected operations are computed by reflection over
 * {@code getClasses()}, so an endpoint added later is checked without touching this test.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final List<Class<? extends Annotation>> METHODS =
            List.of(
                    GET.class,
                    POST.class,
                    PUT.class,
                    DELETE.class,
                    PATCH.class,
                    HEAD.class,
                    OPTIONS.class);

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

    /** The document, as JSON, from the server's root (not the application's context). */
    private JsonObject document() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + deployed.getPort() + "/openapi");
        HttpResponse<String> answer =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build()
                        .send(
                                HttpRequest.newBuilder(uri)
                                        .header("Accept", "application/json")
                                        .timeout(Duration.ofSeconds(30))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    @Test
    void describesEveryResourceMethodOfTheApi() throws Exception {
        JsonObject paths = document().getJsonObject("paths");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, jakarta.json.JsonValue> path : paths.entrySet()) {
            for (String method : path.getValue().asJsonObject().keySet()) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + normalise(path.getKey()));
            }
        }

        Set<String> expected = expectedOperations();

        assertThat(expected).hasSizeGreaterThan(25);
        assertThat(documented).containsAll(expected);
    }

    @Test
    void declaresTheBearerSchemeAndUsesItOnStaffEndpoints() throws Exception {
        JsonObject doc = document();

        JsonObject schemes = doc.getJsonObject("components").getJsonObject("securitySchemes");
        JsonObject bearer = schemes.getJsonObject("bearer");
        assertThat(bearer.getString("type")).isEqualTo("http");
        assertThat(bearer.getString("scheme")).isEqualToIgnoringCase("bearer");
        assertThat(schemes.getJsonObject("v1-token").getString("type")).isEqualTo("apiKey");
        JsonObject usersGet =
                doc.getJsonObject("paths").getJsonObject("/api/auth/users").getJsonObject("get");
        assertThat(usersGet.getJsonArray("security").toString()).contains("bearer");
        JsonObject intake =
                doc.getJsonObject("paths").getJsonObject("/api/v1/leads").getJsonObject("post");
        assertThat(intake.getJsonArray("security").toString()).contains("v1-token");
        assertThat(doc.getJsonObject("info").getString("title")).contains("EnerSolar");
    }

    /** {@code METHOD /api/path/{param}} for every resource method of ApiApplication. */
    static Set<String> expectedOperations() {
        String root = "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        Set<String> operations = new TreeSet<>();
        for (Class<?> type : new ApiApplication().getClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue; // a provider
            }
            for (Method method : type.getMethods()) {
                for (Class<? extends Annotation> http : METHODS) {
                    if (method.isAnnotationPresent(http)) {
                        Path methodPath = method.getAnnotation(Path.class);
                        String full =
                                root
                                        + "/"
                                        + classPath.value()
                                        + (methodPath == null ? "" : "/" + methodPath.value());
                        operations.add(http.getSimpleName() + " " + normalise(full));
                    }
                }
            }
        }
        return operations;
    }

    /** Single slashes, no trailing slash, {@code {name: regex}} as {@code {name}}. */
    static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
