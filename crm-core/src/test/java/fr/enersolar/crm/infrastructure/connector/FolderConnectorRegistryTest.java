package fr.enersolar.crm.infrastructure.connector;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.connectors.ConnectorCatalog.Scan;
import fr.enersolar.crm.application.connectors.ConnectorProblem;
import fr.enersolar.crm.application.connectors.ConnectorSecrets;
import fr.enersolar.crm.application.connectors.InstalledConnector;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.SettingType;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.security.SecretBox;
import fr.enersolar.crm.testing.FixedConfig;
import fr.enersolar.crm.testing.TestClock;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery from the connectors folder with jars built at test time: good, broken, duplicate ids,
 * rescans, and the live connector each CRM gets.
 */
class FolderConnectorRegistryTest {

    @TempDir Path folder;
    @TempDir Path elsewhere;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final Crms crms = new Crms();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private FolderConnectorRegistry registry;
    private final SecretBox box = SecretBox.withKey(randomKey());

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }

    @BeforeEach
    void registry() {
        registry = registry(getClass().getClassLoader());
    }

    private FolderConnectorRegistry registry(ClassLoader application) {
        FolderConnectorRegistry r =
                new FolderConnectorRegistry(
                        new FixedConfig().with(ConfigKey.CONNECTORS_DIR, folder),
                        crms,
                        clock,
                        new ConnectorSecrets(box),
                        application);
        toClose.add(r::close);
        return r;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void anEmptyOrMissingFolderGivesNoConnectorAndNoProblem() throws Exception {
        Files.delete(folder);

        Scan scan = registry.current();

        assertThat(scan.connectors()).isEmpty();
        assertThat(scan.problems()).isEmpty();
    }

    @Test
    void aGoodJarIsInstalledWithItsIdVersionSourceAndSettings() {
        ConnectorJars.connector(folder.resolve("acme-1.2.0.jar"), "acme", "1.2.0");

        Scan scan = registry.current();

        assertThat(scan.problems()).isEmpty();
        assertThat(scan.connectors()).hasSize(1);
        InstalledConnector acme = scan.connectors().get(0);
        assertThat(acme.id()).isEqualTo("acme");
        assertThat(acme.displayName()).isEqualTo("Test acme");
        assertThat(acme.version()).isEqualTo("1.2.0");
        assertThat(acme.source()).isEqualTo(InstalledConnector.Source.FOLDER);
        assertThat(acme.jarName()).contains("acme-1.2.0.jar");
        assertThat(acme.settings()).extracting(s -> s.key()).containsExactly("api_url", "token");
        assertThat(acme.setting("token").orElseThrow().type()).isEqualTo(SettingType.SECRET);
        // Loaded by a loader of its own, whose parent is the application's.
        ClassLoader loader = acme.factory().getClass().getClassLoader();
        assertThat(loader)
                .isInstanceOf(URLClassLoader.class)
                .isNotSameAs(getClass().getClassLoader());
        assertThat(loader.getParent()).isSameAs(getClass().getClassLoader());
    }

    @Test
    void brokenJarsAreReportedWithTheirReasonAndSkippedWhileGoodOnesAreInstalled()
            throws Exception {
        ConnectorJars.connector(folder.resolve("good.jar"), "good", "1.0");
        ConnectorJars.throwingFactory(folder.resolve("throwing.jar"));
        ConnectorJars.missingClass(folder.resolve("missing-class.jar"));
        ConnectorJars.noServices(folder.resolve("no-services.jar"));
        ConnectorJars.bundlingTheSpi(folder.resolve("with-spi.jar"));
        ConnectorJars.notAnArchive(folder.resolve("not-a-zip.jar"));
        Files.writeString(folder.resolve("notes.txt"), "ignored: not a jar");

        Scan scan = registry.current();

        assertThat(scan.connectors()).extracting(InstalledConnector::id).containsExactly("good");
        assertThat(scan.problems())
                .extracting(ConnectorProblem::source)
                .containsExactlyInAnyOrder(
                        "throwing.jar",
                        "missing-class.jar",
                        "no-services.jar",
                        "with-spi.jar",
                        "not-a-zip.jar");
        assertThat(reason(scan, "throwing.jar")).contains("a échoué").contains("boum");
        assertThat(reason(scan, "missing-class.jar"))
                .isEqualTo("classe introuvable : com.example.Missing");
        assertThat(reason(scan, "no-services.jar"))
                .startsWith("aucune déclaration META-INF/services/");
        assertThat(reason(scan, "with-spi.jar")).contains("embarque le SPI");
        assertThat(reason(scan, "not-a-zip.jar")).startsWith("archive illisible");
    }

    @Test
    void theNewestVersionWinsWhenTwoJarsGiveTheSameId() {
        ConnectorJars.connector(folder.resolve("a-acme.jar"), "acme", "1.9.0");
        ConnectorJars.connector(folder.resolve("b-acme.jar"), "acme", "1.10.0");
        ConnectorJars.connector(folder.resolve("c-acme.jar"), "acme", "1.10.0-SNAPSHOT");

        Scan scan = registry.current();

        assertThat(scan.connectors()).hasSize(1);
        assertThat(scan.connectors().get(0).version()).isEqualTo("1.10.0");
        assertThat(scan.connectors().get(0).jarName()).contains("b-acme.jar");
        assertThat(scan.problems())
                .extracting(ConnectorProblem::source)
                .containsExactlyInAnyOrder("a-acme.jar", "c-acme.jar");
        assertThat(reason(scan, "a-acme.jar"))
                .isEqualTo(
                        "connecteur acme 1.9.0 ignoré : la version 1.10.0 (b-acme.jar) est retenue");
    }

    @Test
    void applicationConnectorsAreFoundAndANewerFolderJarReplacesThem() throws Exception {
        // Same class names in the EAR and in the folder, as with a newer build of a packaged one.
        Path earJar =
                ConnectorJars.connectorInPackage(
                        elsewhere.resolve("acme-ear.jar"), "acme", "1.0.0", "dropin.shared");
        URLClassLoader ear =
                new URLClassLoader(new URL[] {earJar.toUri().toURL()}, getClass().getClassLoader());
        toClose.add(ear);
        FolderConnectorRegistry withEar = registry(ear);

        assertThat(withEar.current().connectors())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.source()).isEqualTo(InstalledConnector.Source.EAR);
                            assertThat(c.jarName()).isEmpty();
                        });

        ConnectorJars.connectorInPackage(
                folder.resolve("acme-2.jar"), "acme", "2.0.0", "dropin.shared");
        Scan scan = withEar.rescan();

        assertThat(scan.connectors())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.version()).isEqualTo("2.0.0");
                            assertThat(c.source()).isEqualTo(InstalledConnector.Source.FOLDER);
                        });
        assertThat(scan.problems()).extracting(ConnectorProblem::source).containsExactly("ear");
        InstalledConnector winner = scan.connectors().get(0);
        assertThat(winner.factory().getClass().getClassLoader()).isNotSameAs(ear);
        Crm crm = crms.add("acme", "acme", Map.of("api_url", "https://a.example/"));
        assertThat(withEar.connectorFor(crm.id()))
                .map(Object::toString)
                .contains("acme:2.0.0:https://a.example/");
    }

    @Test
    void aRescanPicksUpAJarDroppedAfterTheStartAndForgetsARemovedOne() throws Exception {
        ConnectorJars.connector(folder.resolve("first.jar"), "first", "1.0");
        assertThat(registry.current().connectors())
                .extracting(InstalledConnector::id)
                .containsExactly("first");

        Path third = ConnectorJars.connector(elsewhere.resolve("third.jar"), "third", "0.1");
        Files.move(third, folder.resolve("third.jar"));
        assertThat(registry.current().connectors()).hasSize(1);
        Scan scan = registry.rescan();

        assertThat(scan.connectors())
                .extracting(InstalledConnector::id)
                .containsExactly("first", "third");

        Files.delete(folder.resolve("first.jar"));
        assertThat(registry.rescan().connectors())
                .extracting(InstalledConnector::id)
                .containsExactly("third");
    }

    @Test
    void anUnchangedJarKeepsItsFactoryAcrossRescans() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        InstalledConnector before = registry.current().connectors().get(0);

        InstalledConnector after = registry.rescan().connectors().get(0);

        assertThat(after.factory()).isSameAs(before.factory());
    }

    @Test
    void aCrmGetsItsConnectorBuiltWithItsSettingsAndKeptWhileNothingChanges() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        Crm crm =
                crms.add(
                        "acme",
                        "acme",
                        Map.of("api_url", "https://partner.example/api", "token", "s3cr3t-value"));

        CrmConnector first = registry.connectorFor(crm.id()).orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        CrmConnector second = registry.connectorFor(crm.id()).orElseThrow();

        assertThat(first.toString()).isEqualTo("acme:1.0:https://partner.example/api:s3cr3t-value");
        assertThat(second).isSameAs(first);
    }

    @Test
    void aCrmWithoutAnInstalledConnectorOrUnknownGetsNone() {
        Crm crm = crms.add("zr7", "zr7", Map.of());

        assertThat(registry.connectorFor(crm.id())).isEmpty();
        assertThat(registry.connectorFor(CrmId.generate())).isEmpty();
    }

    @Test
    void theConnectorIdDefaultsToTheSlug() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        Crm crm = crms.add("acme", null, Map.of("api_url", "https://partner.example/api"));

        assertThat(registry.connectorFor(crm.id()))
                .map(Object::toString)
                .contains("acme:1.0:https://partner.example/api");
    }

    @Test
    void changedSettingsRebuildTheConnectorAndCloseTheOldOne() throws Exception {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        Crm crm = crms.add("acme", "acme", Map.of("api_url", "https://a.example/"));
        CrmConnector first = registry.connectorFor(crm.id()).orElseThrow();

        crm.useConnector("acme", Map.of("api_url", "https://b.example/"), clock.instant());
        registry.settingsChanged(crm.id());
        CrmConnector second = registry.connectorFor(crm.id()).orElseThrow();

        assertThat(second.toString()).endsWith("https://b.example/");
        assertThat(closed(first)).isEqualTo(1);
    }

    @Test
    void settingsChangedElsewhereAreSeenAfterTheRecheckDelay() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        Crm crm = crms.add("acme", "acme", Map.of("api_url", "https://a.example/"));
        registry.connectorFor(crm.id()).orElseThrow();

        crm.useConnector("acme", Map.of("api_url", "https://b.example/"), clock.instant());
        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString())
                .endsWith("https://a.example/");
        clock.advance(FolderConnectorRegistry.RECHECK);

        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString())
                .endsWith("https://b.example/");
    }

    @Test
    void aRescanThatReplacesTheFactoryRebuildsTheConnectorAndClosesTheOldOne() throws Exception {
        ConnectorJars.connector(folder.resolve("acme-1.jar"), "acme", "1.0");
        Crm crm = crms.add("acme", "acme", Map.of("api_url", "https://a.example/"));
        CrmConnector first = registry.connectorFor(crm.id()).orElseThrow();

        ConnectorJars.connector(folder.resolve("acme-2.jar"), "acme", "2.0");
        registry.rescan();
        CrmConnector second = registry.connectorFor(crm.id()).orElseThrow();

        assertThat(second.toString()).isEqualTo("acme:2.0:https://a.example/");
        assertThat(closed(first)).isEqualTo(1);
    }

    @Test
    void storedSettingsThatNoLongerFitGiveNoConnectorRatherThanAnError() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        Crm crm = crms.add("acme", "acme", Map.of("api_url", "pas une url", "gone", "x"));

        assertThat(registry.connectorFor(crm.id())).isEmpty();
    }

    @Test
    void aSealedSecretIsOpenedForTheConnectorOnly() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        String token = "tok-" + Long.toHexString(System.nanoTime());
        String sealed = box.seal(token);
        Crm crm =
                crms.add(
                        "acme",
                        "acme",
                        Map.of("api_url", "https://partner.example/api", "token", sealed));

        assertThat(sealed).doesNotContain(token);
        assertThat(crm.connectorSettings()).containsEntry("token", sealed);
        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString())
                .isEqualTo("acme:1.0:https://partner.example/api:" + token);
    }

    @Test
    void aSecretStoredInClearBeforeSealingStillBuildsTheConnector() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        String token = "tok-" + Long.toHexString(System.nanoTime());
        Crm crm =
                crms.add(
                        "acme",
                        "acme",
                        Map.of("api_url", "https://partner.example/api", "token", token));

        assertThat(registry.connectorFor(crm.id()).orElseThrow().toString())
                .isEqualTo("acme:1.0:https://partner.example/api:" + token);
    }

    @Test
    void aSecretSealedWithAnotherKeyGivesNoConnectorRatherThanTheSealedText() {
        ConnectorJars.connector(folder.resolve("acme.jar"), "acme", "1.0");
        String sealedElsewhere = SecretBox.withKey(randomKey()).seal("tok-elsewhere");
        Crm crm =
                crms.add(
                        "acme",
                        "acme",
                        Map.of("api_url", "https://partner.example/api", "token", sealedElsewhere));

        assertThat(registry.connectorFor(crm.id())).isEmpty();
    }

    @Test
    void versionsCompareByTheirNumbers() {
        assertThat(ConnectorVersions.compare("1.10", "1.9")).isPositive();
        assertThat(ConnectorVersions.compare("1.0.0", "1.0.0-SNAPSHOT")).isPositive();
        assertThat(ConnectorVersions.compare("1.0.1", "1.0")).isPositive();
        assertThat(ConnectorVersions.compare("unknown", "0.0.1")).isNegative();
        assertThat(ConnectorVersions.compare("2.0", "2.0")).isZero();
    }

    private static String reason(Scan scan, String source) {
        return scan.problems().stream()
                .filter(p -> p.source().equals(source))
                .map(ConnectorProblem::reason)
                .findFirst()
                .orElseThrow();
    }

    private static int closed(CrmConnector connector) throws Exception {
        Class<?> factory = connector.getClass().getEnclosingClass();
        return ((AtomicInteger) factory.getField("CLOSED").get(null)).get();
    }

    /** CRMs in memory. */
    private final class Crms implements CrmRepository {
        private final Map<String, Crm> byId = new ConcurrentHashMap<>();

        Crm add(String slug, String connectorId, Map<String, String> settings) {
            Crm crm =
                    new Crm(
                            CrmId.generate(),
                            slug.toUpperCase(),
                            new CrmSlug(slug),
                            "https://x.example/",
                            clock.instant());
            if (connectorId != null) {
                crm.useConnector(connectorId, settings, clock.instant());
            } else {
                crm.useConnector(slug, settings, clock.instant());
            }
            store(crm);
            return crm;
        }

        @Override
        public void store(Crm crm) {
            byId.put(crm.id().value(), crm);
        }

        @Override
        public Optional<Crm> find(CrmId id) {
            return Optional.ofNullable(byId.get(id.value()));
        }

        @Override
        public Optional<Crm> findBySlug(CrmSlug slug) {
            return byId.values().stream().filter(c -> c.slug().equals(slug)).findFirst();
        }

        @Override
        public List<Crm> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public long count() {
            return byId.size();
        }
    }
}
