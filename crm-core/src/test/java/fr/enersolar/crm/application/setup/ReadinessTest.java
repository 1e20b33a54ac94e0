package fr.enersolar.crm.application.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fr.enersolar.crm.application.catalogue.PartnerKeys;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.security.Pbkdf2PasswordHasher;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import fr.enersolar.crm.testing.FixedConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Readiness} built by hand around a store that answers or not. The store that does not
 * answer is a real driver client pointed at a closed port (short selection timeout), so the problem
 * reported is the driver's own; MicroProfile Config is read once per test JVM, so another {@code
 * crm.mongodb.uri} cannot be given to a second container.
 */
@EnableWeld
class ReadinessTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject MongoStore store;
    @Inject StoreIndexes indexes;
    @Inject UserRepository users;
    @Inject SystemConfigRepository systemConfig;
    @Inject PartnerKeys partnerKeys;

    @TempDir Path dataDir;

    private MongoClient unreachableClient;
    private SwitchableStore switchable;

    @BeforeEach
    void reset() throws IOException {
        CoreContainer.resetStore();
        ServerAddress closed = new ServerAddress("127.0.0.1", closedPort());
        unreachableClient =
                MongoClients.create(
                        MongoClientSettings.builder()
                                .applyToClusterSettings(
                                        c ->
                                                c.hosts(List.of(closed))
                                                        .serverSelectionTimeout(
                                                                300, TimeUnit.MILLISECONDS))
                                .build());
        switchable = new SwitchableStore(unreachableClient.getDatabase("enersolar"));
    }

    @AfterEach
    void closeClient() {
        unreachableClient.close();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private CountingPreparation preparation() {
        FixedConfig config =
                new FixedConfig()
                        .with(ConfigKey.ADMIN_EMAIL, "admin@enersolar.local")
                        .with(ConfigKey.DATA_DIR, dataDir);
        CountingPreparation preparation = new CountingPreparation();
        preparation.indexes = indexes;
        preparation.partnerKeys = partnerKeys;
        preparation.demoData = new DemoData();
        preparation.demoData.config = config; // demo not requested: it must leave the store alone
        preparation.firstStart =
                SetupFixture.firstStart(
                        config,
                        users,
                        systemConfig,
                        new Pbkdf2PasswordHasher(1000),
                        Clock.systemUTC());
        return preparation;
    }

    private static Readiness readiness(MongoStore store, StorePreparation preparation) {
        Readiness readiness = new Readiness();
        readiness.store = store;
        readiness.preparation = preparation;
        return readiness;
    }

    private List<String> userIndexes() {
        List<String> names = new ArrayList<>();
        store.database()
                .getCollection("users")
                .listIndexes()
                .forEach(i -> names.add(i.getString("name")));
        return names;
    }

    @Test
    void isReadyWhenTheStoreAnswersAndHasPreparedIt() {
        CountingPreparation preparation = preparation();
        Readiness readiness = readiness(store, preparation);

        assertThat(readiness.ready()).isTrue();

        assertThat(readiness.lastProblem()).isNull();
        assertThat(preparation.runs).isEqualTo(1);
        assertThat(userIndexes()).contains("email_1");
        assertThat(users.count()).isEqualTo(1);
        assertThat(systemConfig.intakeKey()).isPresent();
    }

    @Test
    void preparesTheStoreOnlyOnce() {
        CountingPreparation preparation = preparation();
        Readiness readiness = readiness(store, preparation);

        readiness.ready();
        readiness.ready();

        assertThat(readiness.ready()).isTrue();
        assertThat(preparation.runs).isEqualTo(1);
    }

    @Test
    void isNotReadyWhileTheStoreDoesNotAnswerAndSaysWhy() {
        CountingPreparation preparation = preparation();
        Readiness readiness = readiness(switchable, preparation);

        assertThat(readiness.ready()).isFalse();

        assertThat(readiness.lastProblem())
                .startsWith("MongoTimeoutException: ")
                .contains("127.0.0.1");
        assertThat(preparation.runs).isZero();
        assertThat(userIndexes()).doesNotContain("email_1");
        assertThat(users.count()).isZero();
    }

    @Test
    void becomesReadyAndPreparesTheStoreOnceItAnswers() {
        CountingPreparation preparation = preparation();
        Readiness readiness = readiness(switchable, preparation);
        assertThat(readiness.ready()).isFalse();

        switchable.target = store.database();

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.lastProblem()).isNull();
        assertThat(preparation.runs).isEqualTo(1);
        assertThat(userIndexes()).contains("email_1");
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void isNotReadyAgainWhenTheStoreStopsAnsweringAndRecoversWithoutPreparingTwice() {
        switchable.target = store.database();
        CountingPreparation preparation = preparation();
        Readiness readiness = readiness(switchable, preparation);
        assertThat(readiness.ready()).isTrue();

        switchable.target = unreachableClient.getDatabase("enersolar");
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.lastProblem()).startsWith("MongoTimeoutException");

        switchable.target = store.database();
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.lastProblem()).isNull();
        assertThat(preparation.runs).isEqualTo(1);
    }

    @Test
    void retriesAPreparationThatFailed() {
        CountingPreparation preparation = preparation();
        preparation.failuresLeft = 1;
        Readiness readiness = readiness(store, preparation);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.lastProblem()).isEqualTo("IllegalStateException: preparation failed");

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.lastProblem()).isNull();
        assertThat(preparation.runs).isEqualTo(2);
        assertThat(users.count()).isEqualTo(1);
    }

    /** A store whose database can be switched between one that answers and one that does not. */
    private static final class SwitchableStore extends MongoStore {
        volatile MongoDatabase target;

        SwitchableStore(MongoDatabase target) {
            this.target = target;
        }

        @Override
        public MongoDatabase database() {
            return target;
        }

        @Override
        public void ping() {
            target.runCommand(new Document("ping", 1));
        }
    }

    /** The real preparation, counted, optionally failing its first runs. */
    private static final class CountingPreparation extends StorePreparation {
        int runs;
        int failuresLeft;

        @Override
        public void prepare() {
            runs++;
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("preparation failed");
            }
            super.prepare();
        }
    }
}
