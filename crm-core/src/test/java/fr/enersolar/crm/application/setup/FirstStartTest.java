package fr.enersolar.crm.application.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.PasswordHasher;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.security.Pbkdf2PasswordHasher;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import fr.enersolar.crm.testing.FixedConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * First start on a fresh store, with nothing configured but the defaults. {@link FirstStart} is
 * built by hand around the container's repositories, with its own data folder (a temporary one) and
 * a fast password hasher.
 */
@EnableWeld
class FirstStartTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject UserRepository users;
    @Inject SystemConfigRepository systemConfig;
    @Inject StoreIndexes indexes;
    @Inject FirstStart wiredFirstStart;
    @Inject FirstStartSecrets wiredSecrets;
    @Inject PasswordHasher wiredHasher;

    @TempDir Path dataDir;

    private final PasswordHasher hasher = new Pbkdf2PasswordHasher(1000);
    private final Instant now = Instant.parse("2025-06-01T09:30:00Z");
    private FixedConfig config;

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
        config =
                new FixedConfig()
                        .with(ConfigKey.ADMIN_EMAIL, "admin@enersolar.local")
                        .with(ConfigKey.DATA_DIR, dataDir);
    }

    private FirstStart firstStart() {
        return firstStart(users, systemConfig);
    }

    private FirstStart firstStart(UserRepository userRepository, SystemConfigRepository settings) {
        return SetupFixture.firstStart(
                config, userRepository, settings, hasher, Clock.fixed(now, ZoneOffset.UTC));
    }

    private Path secretsFile() {
        return dataDir.resolve(FirstStartSecrets.FILE_NAME);
    }

    private List<String> secrets() throws IOException {
        return Files.readAllLines(secretsFile(), StandardCharsets.UTF_8);
    }

    /** The value after the label of one line of the secrets file. */
    private String secret(String label) throws IOException {
        return secrets().stream()
                .filter(line -> line.startsWith(label))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + label + " in " + secretsFile()));
    }

    @Test
    void createsExactlyOneActiveAdministratorOnAnEmptyStore() {
        firstStart().run();

        assertThat(users.count()).isEqualTo(1);
        User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(admin.nom()).isEqualTo("Administrateur");
        assertThat(admin.createdAt()).isEqualTo(now);
    }

    @Test
    void theGeneratedPasswordIsInTheSecretsFileAndVerifiesWithTheHasher() throws IOException {
        firstStart().run();

        String password = secret("Mot de passe");
        User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
        assertThat(password).matches("[A-HJ-NP-Za-km-z2-9]{20}");
        assertThat(hasher.matches(password.toCharArray(), admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).doesNotContain(password);
        assertThat(secret("Administrateur")).isEqualTo("admin@enersolar.local");
    }

    @Test
    void generatesOneIntakeKeyAndPutsItInTheSecretsFile() throws IOException {
        firstStart().run();

        IntakeApiKey key = systemConfig.intakeKey().orElseThrow();
        assertThat(key.value()).matches("crm_[A-Za-z0-9_-]{43}");
        assertThat(secret("Clé API v1")).isEqualTo(key.value());
    }

    @Test
    void theSecretsFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");

        firstStart().run();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretsFile())))
                .isEqualTo("rw-------");
    }

    @Test
    void usesTheConfiguredAdministratorEmailNormalised() {
        config.with(ConfigKey.ADMIN_EMAIL, "  Direction@EnerSolar.FR ");

        firstStart().run();

        assertThat(users.findByEmail(new Email("direction@enersolar.fr"))).isPresent();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void createsTheDataFolderWhenItIsMissing() throws IOException {
        config.with(ConfigKey.DATA_DIR, dataDir.resolve("absent/encore"));

        firstStart().run();

        assertThat(dataDir.resolve("absent/encore").resolve(FirstStartSecrets.FILE_NAME))
                .isRegularFile();
    }

    @Test
    void aSecondRunCreatesNothingAndDoesNotRewriteTheSecretsFile() throws IOException {
        firstStart().run();
        User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
        IntakeApiKey key = systemConfig.intakeKey().orElseThrow();
        Files.delete(secretsFile());

        firstStart().run();

        assertThat(secretsFile()).doesNotExist();
        assertThat(users.count()).isEqualTo(1);
        assertThat(
                        users.findByEmail(new Email("admin@enersolar.local"))
                                .orElseThrow()
                                .passwordHash())
                .isEqualTo(admin.passwordHash());
        assertThat(systemConfig.intakeKey()).contains(key);
    }

    @Test
    void createsNoAdministratorWhenUsersAlreadyExistButStillGeneratesTheKey() throws IOException {
        users.add(
                new User(
                        UserId.generate(),
                        new Email("ancien@enersolar.fr"),
                        "hash",
                        "Ancien",
                        Role.EDITOR,
                        now,
                        null));

        firstStart().run();

        assertThat(users.count()).isEqualTo(1);
        assertThat(users.findByEmail(new Email("admin@enersolar.local"))).isEmpty();
        assertThat(secrets()).noneMatch(line -> line.startsWith("Administrateur"));
        assertThat(secret("Clé API v1")).isEqualTo(systemConfig.intakeKey().orElseThrow().value());
    }

    @Test
    void showsNothingWhenAnotherServerCreatedEverythingFirst() {
        // Another server of the cluster prepared the store after this one looked at it.
        IntakeApiKey theirs = IntakeApiKey.generate();
        systemConfig.initialiseIntakeKey(theirs, now);
        users.add(
                new User(
                        UserId.generate(),
                        new Email("admin@enersolar.local"),
                        "their-hash",
                        "Administrateur",
                        Role.ADMIN,
                        now,
                        null));
        UserRepository lateUsers = new LateUsers(users);
        SystemConfigRepository lateSettings = new LateSettings(systemConfig);

        firstStart(lateUsers, lateSettings).run();

        assertThat(secretsFile()).doesNotExist();
        assertThat(users.count()).isEqualTo(1);
        assertThat(
                        users.findByEmail(new Email("admin@enersolar.local"))
                                .orElseThrow()
                                .passwordHash())
                .isEqualTo("their-hash");
        assertThat(systemConfig.intakeKey()).contains(theirs);
    }

    @Test
    void theGeneratedPasswordIsStillHandedOverWhenTheKeyStepFails() throws IOException {
        SystemConfigRepository down = new UnavailableSettings();

        assertThatThrownBy(() -> firstStart(users, down).run())
                .isInstanceOf(IllegalStateException.class);

        // The administrator exists now, so no later run would generate (and show) a password:
        // this one must already be in the file, or nobody could ever log in.
        User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
        assertThat(hasher.matches(secret("Mot de passe").toCharArray(), admin.passwordHash()))
                .isTrue();

        firstStart().run(); // the store answers again: the key is generated and shown

        assertThat(secret("Clé API v1")).isEqualTo(systemConfig.intakeKey().orElseThrow().value());
        assertThat(secrets()).noneMatch(line -> line.startsWith("Mot de passe"));
    }

    @Test
    void theContainerWiresFirstStartToTheConfiguredDataFolderAndHasher() throws IOException {
        // The test JVM's data folder is the temporary one InProcessMongo configured.
        Path file = wiredSecrets.file();
        assertThat(file.getParent().getFileName().toString()).startsWith("crm-test-data");
        Files.deleteIfExists(file);
        try {
            wiredFirstStart.run();

            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String password =
                    lines.stream()
                            .filter(l -> l.startsWith("Mot de passe"))
                            .map(l -> l.substring(l.indexOf(':') + 1).trim())
                            .findFirst()
                            .orElseThrow();
            User admin = users.findByEmail(new Email("admin@enersolar.local")).orElseThrow();
            assertThat(admin.passwordHash()).startsWith("PBKDF2WithHmacSHA512:210000:");
            assertThat(wiredHasher.matches(password.toCharArray(), admin.passwordHash())).isTrue();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A settings store that fails, as one whose connection dropped. */
    private static final class UnavailableSettings implements SystemConfigRepository {
        @Override
        public Optional<IntakeApiKey> intakeKey() {
            throw new IllegalStateException("store unavailable");
        }

        @Override
        public IntakeApiKey initialiseIntakeKey(IntakeApiKey key, Instant at) {
            throw new IllegalStateException("store unavailable");
        }

        @Override
        public void replaceIntakeKey(IntakeApiKey key, Instant at) {
            throw new IllegalStateException("store unavailable");
        }
    }

    /** Sees no user yet, as a server that counted before another one added the administrator. */
    private record LateUsers(UserRepository delegate) implements UserRepository {
        @Override
        public void add(User user) {
            delegate.add(user); // the unique index refuses it: DuplicateEmailException
        }

        @Override
        public void store(User user) {
            delegate.store(user);
        }

        @Override
        public Optional<User> find(UserId id) {
            return delegate.find(id);
        }

        @Override
        public Optional<User> findByEmail(Email email) {
            return delegate.findByEmail(email);
        }

        @Override
        public List<User> all(int offset, int limit) {
            return delegate.all(offset, limit);
        }

        @Override
        public long count() {
            return 0;
        }

        @Override
        public int countFailedLogin(UserId id) {
            return delegate.countFailedLogin(id);
        }

        @Override
        public void lockUntil(UserId id, Instant until) {
            delegate.lockUntil(id, until);
        }

        @Override
        public void loggedIn(UserId id, Instant at) {
            delegate.loggedIn(id, at);
        }
    }

    /** Sees no key yet, as a server that looked before another one initialised it. */
    private record LateSettings(SystemConfigRepository delegate) implements SystemConfigRepository {
        @Override
        public Optional<IntakeApiKey> intakeKey() {
            return Optional.empty();
        }

        @Override
        public IntakeApiKey initialiseIntakeKey(IntakeApiKey key, Instant at) {
            return delegate.initialiseIntakeKey(key, at);
        }

        @Override
        public void replaceIntakeKey(IntakeApiKey key, Instant at) {
            delegate.replaceIntakeKey(key, at);
        }
    }
}
