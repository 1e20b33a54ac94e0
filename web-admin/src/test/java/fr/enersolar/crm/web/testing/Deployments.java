package fr.enersolar.crm.web.testing;

import fr.enersolar.crm.web.probe.ProbeApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.MavenResolvedArtifact;
import org.jboss.shrinkwrap.resolver.api.maven.coordinate.MavenCoordinate;

/**
 * The one way the Payara Micro integration tests assemble their deployment: the WAR as the EAR
 * would assemble it, flattened (web-admin's classes and web content, crm-core and the libraries it
 * needs at run time, never the APIs the server provides), plus the test's own classes and a
 * configuration that points the embedded store at a folder of this run only.
 */
public final class Deployments {

    /** Group ids of the APIs Payara Micro 6 (Jakarta EE 10, MicroProfile 6) provides itself. */
    private static final List<String> SERVER_PROVIDED_GROUPS =
            List.of("jakarta.", "org.eclipse.microprofile.");

    /** Jakarta APIs that are not part of EE 10, so the application ships them. */
    private static final Set<String> NOT_IN_EE_10 = Set.of("jakarta.nosql", "jakarta.data");

    private Deployments() {}

    /**
     * web-admin + crm-core + the test-only probes under {@code /probe}, on a fresh, empty store.
     */
    public static WebArchive webAdminWithCore() {
        return webAdminWithCore(Map.of());
    }

    /** The same, with {@code configuration} (property → value) above every other source. */
    public static WebArchive webAdminWithCore(Map<String, String> configuration) {
        return crmWar(configuration).addPackage(ProbeApplication.class.getPackage());
    }

    /**
     * The application's WAR with {@code testClasses} added and {@code configuration} (property →
     * value) on top of the test defaults: a fresh data folder, no demo data.
     */
    public static WebArchive crmWar(Map<String, String> configuration, Class<?>... testClasses) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "crm.war");
        war.as(ExplodedImporter.class).importDirectory(new File("src/main/webapp"));
        war.merge(
                ShrinkWrap.create(JavaArchive.class)
                        .as(ExplodedImporter.class)
                        .importDirectory(new File("target/classes"))
                        .as(JavaArchive.class),
                "/WEB-INF/classes");
        war.addClasses(testClasses);
        war.addAsResource(
                new StringAsset(testConfiguration(freshDataDir(), configuration)),
                "META-INF/microprofile-config.properties");
        war.addAsLibraries(runtimeLibraries());
        return war;
    }

    /**
     * crm-core and its transitive run-time dependencies from the local repository (the build has
     * already resolved them, as web-admin's provided dependencies), minus the server's APIs, plus
     * web-admin's own compile dependencies.
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
        // web-admin's own libraries (PrimeFaces), which the WAR packages in WEB-INF/lib.
        File[] own =
                Maven.configureResolver()
                        .workOffline()
                        .loadPomFromFile("pom.xml")
                        .importCompileAndRuntimeDependencies()
                        .resolve()
                        .withTransitivity()
                        .asFile();
        return Stream.concat(Arrays.stream(libraries), Arrays.stream(own))
                .distinct()
                .toArray(File[]::new);
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
    private static String testConfiguration(Path dataDir, Map<String, String> overrides) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("config_ordinal", "500");
        properties.put("crm.data.dir", dataDir.toString().replace("\\", "/"));
        properties.put("crm.demo", "false");
        // Fast hashes: the tests log in often; the production cost is tested in crm-core.
        properties.put("crm.security.password-hash-iterations", "1000");
        properties.putAll(overrides);
        return properties.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
