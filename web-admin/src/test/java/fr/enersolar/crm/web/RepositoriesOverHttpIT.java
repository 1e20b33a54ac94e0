package fr.enersolar.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.probe.ProbeApplication;
import fr.enersolar.crm.web.probe.RepositoryProbeResource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.MavenResolvedArtifact;
import org.jboss.shrinkwrap.resolver.api.maven.coordinate.MavenCoordinate;
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

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    /** Group ids of the APIs Payara Micro 6 (Jakarta EE 10, MicroProfile 6) provides itself. */
    private static final List<String> SERVER_PROVIDED_GROUPS =
            List.of("jakarta.", "org.eclipse.microprofile.");

    /** Jakarta APIs that are not part of EE 10, so the application ships them. */
    private static final Set<String> NOT_IN_EE_10 = Set.of("jakarta.nosql", "jakarta.data");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Why the application never became ready: the first test waits, the others fail at once. */
    private static AssertionError notReady;

    private static boolean ready;

    @ArquillianResource URL deployed;

    private URI base;

    /**
     * The WAR as the EAR would assemble it, flattened: web-admin's classes and web content,
     * crm-core and the libraries it needs at run time (never the APIs the server provides), the
     * probe, and a configuration that points the embedded store at a folder of this run only.
     */
    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "crm.war");
        war.as(ExplodedImporter.class).importDirectory(new File("src/main/webapp"));
        war.merge(
                ShrinkWrap.create(JavaArchive.class)
                        .as(ExplodedImporter.class)
                        .importDirectory(new File("target/classes"))
                        .as(JavaArchive.class),
                "/WEB-INF/classes");
        war.addClasses(ProbeApplication.class, RepositoryProbeResource.class);
        war.addAsResource(
                new StringAsset(testConfiguration(freshDataDir())),
                "META-INF/microprofile-config.properties");
        war.addAsLibraries(runtimeLibraries());
        return war;
    }

    /**
     * crm-core and its transitive run-time dependencies from the local repository (the build has
     * already resolved them, as web-admin's provided dependencies), minus the server's APIs.
     */
    private static File[] runtimeLibraries() {
        MavenResolvedArtifact[] resolved =
                Maven.configureResolver()
                        .workOffline()
                        .loadPomFromFile("pom.xml")
                        .resolve("fr.enersolar.crm:crm-core")
                        .withTransitivity()
                        .asResolvedArtifact();
        File[] libraries =
                Arrays.stream(resolved)
                        .filter(a -> !providedByServer(a.getCoordinate()))
                        .filter(a -> !relocatedIntoCore(a.getCoordinate()))
                        .map(MavenResolvedArtifact::asFile)
                        .toArray(File[]::new);
        if (Arrays.stream(libraries).noneMatch(f -> f.getName().startsWith("crm-core-"))) {
            throw new IllegalStateException("crm-core was not resolved: " + List.of(resolved));
        }
        return libraries;
    }

    /** H2 and the store's H2 backend travel relocated inside crm-core's jar (see its pom). */
    private static boolean relocatedIntoCore(MavenCoordinate c) {
        return c.getArtifactId().equals("h2")
                || c.getArtifactId().equals("mongo-java-server-h2-backend");
    }

    private static boolean providedByServer(MavenCoordinate c) {
        return SERVER_PROVIDED_GROUPS.stream().anyMatch(c.getGroupId()::startsWith)
                && !NOT_IN_EE_10.contains(c.getGroupId());
    }

    /** A new, empty data folder under target/, so the store is fresh for every run. */
    private static Path freshDataDir() {
        Path root = Path.of(System.getProperty("crm.it.data.root", "target/micro-data"));
        try {
            Files.createDirectories(root);
            return Files.createTempDirectory(root.toAbsolutePath(), "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Above environment variables (300) and system properties (400), so a developer's {@code
     * CRM_DATA_DIR} cannot send the test to another folder. An empty value does not hide a lower
     * one, so {@code CRM_MONGODB_URI} is kept out of Payara Micro's environment by failsafe (see
     * the pom).
     */
    private static String testConfiguration(Path dataDir) {
        return String.join(
                "\n",
                "config_ordinal=500",
                "crm.data.dir=" + dataDir.toString().replace("\\", "/"),
                "crm.demo=false",
                "");
    }

    @BeforeEach
    void awaitReady() throws Exception {
        // The managed container is always on this machine: talk to the loopback interface, not
        // to the host name or address the adapter read from Payara Micro's banner.
        base =
                new URI(
                        "http",
                        null,
                        "127.0.0.1",
                        deployed.getPort(),
                        deployed.getPath(),
                        null,
                        null);
        if (ready) {
            return;
        }
        if (notReady != null) {
            throw notReady;
        }
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get("health/ready");
                if (last.statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.NANOSECONDS.sleep(POLL_INTERVAL.toNanos());
        }
        notReady =
                new AssertionError(
                        "/health/ready did not answer 200 within "
                                + READY_WITHIN
                                + (last == null
                                        ? ""
                                        : "; last: " + last.statusCode() + " " + last.body()));
        throw notReady;
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
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI resolve(String path) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        return URI.create(root + path);
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
