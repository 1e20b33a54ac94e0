package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoSystemConfigRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject SystemConfigRepository systemConfig;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private Document rawKeyDocument() {
        return store.database()
                .getCollection("system_config")
                .find(new Document("_id", "global_api_key"))
                .first();
    }

    @Test
    void hasNoIntakeKeyAtFirst() {
        assertThat(systemConfig.intakeKey()).isEmpty();
    }

    @Test
    void initialiseStoresTheFirstKey() {
        IntakeApiKey key = IntakeApiKey.generate();

        IntakeApiKey inForce = systemConfig.initialiseIntakeKey(key, now);

        assertThat(inForce).isEqualTo(key);
        assertThat(systemConfig.intakeKey()).contains(key);
        Document doc = rawKeyDocument();
        assertThat(doc.getString("type")).isEqualTo("global_api_key");
        assertThat(doc.get("created_at")).isEqualTo(Date.from(now));
    }

    @Test
    void initialiseAgainWithAnotherKeyKeepsAndReturnsTheExistingOne() {
        IntakeApiKey first = IntakeApiKey.generate();
        systemConfig.initialiseIntakeKey(first, now);

        IntakeApiKey inForce =
                systemConfig.initialiseIntakeKey(IntakeApiKey.generate(), now.plusSeconds(5));

        assertThat(inForce).isEqualTo(first);
        assertThat(systemConfig.intakeKey()).contains(first);
        assertThat(rawKeyDocument().get("created_at")).isEqualTo(Date.from(now));
        assertThat(store.database().getCollection("system_config").countDocuments()).isEqualTo(1);
    }

    @Test
    void replaceReplacesTheStoredKey() {
        IntakeApiKey first = IntakeApiKey.generate();
        systemConfig.initialiseIntakeKey(first, now);
        IntakeApiKey second = new IntakeApiKey("crm_configured-by-the-operator");

        systemConfig.replaceIntakeKey(second, now.plusSeconds(60));

        assertThat(systemConfig.intakeKey()).contains(second);
        Document doc = rawKeyDocument();
        assertThat(doc.get("created_at")).isEqualTo(Date.from(now));
        assertThat(doc.get("updated_at")).isEqualTo(Date.from(now.plusSeconds(60)));
        assertThat(store.database().getCollection("system_config").countDocuments()).isEqualTo(1);
    }

    @Test
    void replaceOnAnEmptyStoreCreatesTheKey() {
        IntakeApiKey key = new IntakeApiKey("crm_configured-by-the-operator");

        systemConfig.replaceIntakeKey(key, now);

        assertThat(systemConfig.intakeKey()).contains(key);
        assertThat(rawKeyDocument().get("created_at")).isEqualTo(Date.from(now));
    }
}
