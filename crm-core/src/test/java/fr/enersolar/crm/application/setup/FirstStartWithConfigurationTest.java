package fr.enersolar.crm.application.setup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.PasswordHasher;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.security.Pbkdf2PasswordHasher;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import fr.enersolar.crm.testing.FixedConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First start with the administrator password and the intake key given by the operator ({@code
 * CRM_ADMIN_PASSWORD}, {@code CRM_API_KEY}). The values are given to a hand-built {@link
 * FirstStart} through {@link FixedConfig}, not through system properties: MicroProfile Config is
 * shared by the whole test JVM, and a configured key there would leak into every other test.
 */
@EnableWeld
class FirstStartWithConfigurationTest {

    private static final String CONFIGURED_PASSWORD = "Mot-De-Passe-Choisi-42";
    private static final String CONFIGURED_KEY = "crm_cle-choisie-par-l-exploitant";

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject UserRepository users;
    @Inject SystemConfigRepository systemConfig;
    @Inject StoreIndexes indexes;

    @TempDir Path dataDir;

    private final PasswordHasher hasher = new Pbkdf2PasswordHasher(1000);
    private final Instant now = Instant.parse("2025-06-01T09:30:00Z");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
    }

    private FixedConfig defaults() {
        return new FixedConfig()
                .with(ConfigKey.ADMIN_EMAIL, "admin@enersolar.local")
                .with(ConfigKey.DATA_DIR, dataDir);
    }

    private FixedConfig configured() {
        return defaults()
                .with(ConfigKey.ADMIN_PASSWORD, CONFIGURED_PASSWORD)
                .with(ConfigKey.API_KEY, CONFIGURED_KEY);
    }

    private void runFirstStart(FixedConfig config, Instant at) {
        SetupFixture.firstStart(
                        config, users, systemConfig, hasher, Clock.fixed(at, ZoneOffset.UTC))
                .run();
    }

    private Path secretsFile() {
        return dataDir.resolve(FirstStartSecrets.FILE_NAME);
    }

    private String secrets() throws IOException {
        return Files.readString(secretsFile(), StandardCharsets.UTF_8);
    }

    @Test
    void theAdministratorGetsTheConfiguredPassword() {
        runFirstStart(configured(), now);

        User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
        assertThat(hasher.matches(CONFIGURED_PASSWORD.toCharArray(), admin.passwordHash()))
                .isTrue();
        assertThat(admin.passwordHash()).doesNotContain(CONFIGURED_PASSWORD);
    }

    @Test
    void theSecretsFileNamesTheAdministratorButNeverTheConfiguredPassword() throws IOException {
        runFirstStart(configured(), now);

        assertThat(secrets())
                .contains("admin@enersolar.local")
                .contains("CRM_ADMIN_PASSWORD")
                .doesNotContain(CONFIGURED_PASSWORD);
    }

    @Test
    void theConfiguredKeyIsTheOneStoredAndIsNotRepeatedInTheSecretsFile() throws IOException {
        runFirstStart(configured(), now);

        assertThat(systemConfig.intakeKey()).contains(new IntakeApiKey(CONFIGURED_KEY));
        assertThat(secrets()).doesNotContain(CONFIGURED_KEY).doesNotContain("Clé API");
    }

    @Test
    void withOnlyTheKeyConfiguredThePasswordIsGeneratedAndShown() throws IOException {
        runFirstStart(defaults().with(ConfigKey.API_KEY, CONFIGURED_KEY), now);

        String password =
                secrets()
                        .lines()
                        .filter(l -> l.startsWith("Mot de passe"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .findFirst()
                        .orElseThrow();
        User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
        assertThat(hasher.matches(password.toCharArray(), admin.passwordHash())).isTrue();
        assertThat(systemConfig.intakeKey()).contains(new IntakeApiKey(CONFIGURED_KEY));
    }

    @Test
    void aConfiguredKeyReplacesTheGeneratedOneOnTheNextRun() {
        runFirstStart(defaults(), now);
        IntakeApiKey generated = systemConfig.intakeKey().orElseThrow();
        assertThat(generated.value()).isNotEqualTo(CONFIGURED_KEY);

        runFirstStart(defaults().with(ConfigKey.API_KEY, CONFIGURED_KEY), now.plusSeconds(60));

        assertThat(systemConfig.intakeKey()).contains(new IntakeApiKey(CONFIGURED_KEY));
    }

    @Test
    void aNewlyConfiguredKeyReplacesThePreviouslyConfiguredOne() {
        runFirstStart(configured(), now);

        runFirstStart(
                configured().with(ConfigKey.API_KEY, "crm_une-autre-cle-configuree"),
                now.plusSeconds(60));

        assertThat(systemConfig.intakeKey())
                .contains(new IntakeApiKey("crm_une-autre-cle-configuree"));
    }

    @Test
    void restartingWithTheSameConfigurationCreatesNothingAndWritesNoFile() throws IOException {
        runFirstStart(configured(), now);
        Files.delete(secretsFile());

        runFirstStart(configured(), now.plusSeconds(60));

        assertThat(secretsFile()).doesNotExist();
        assertThat(users.count()).isEqualTo(1);
        assertThat(systemConfig.intakeKey()).contains(new IntakeApiKey(CONFIGURED_KEY));
    }

    @Test
    void aPasswordConfiguredLaterDoesNotChangeTheExistingAdministrator() {
        runFirstStart(defaults(), now);
        String hash =
                users.findByEmail(new Email("admin@enersolar.local")).orElseThrow().passwordHash();

        runFirstStart(configured(), now.plusSeconds(60));

        User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
        assertThat(admin.passwordHash()).isEqualTo(hash);
        assertThat(hasher.matches(CONFIGURED_PASSWORD.toCharArray(), admin.passwordHash()))
                .isFalse();
    }
}
