package fr.enersolar.crm.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class StoreIndexesTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject StoreIndexes indexes;
    @Inject MongoStore store;

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private List<Document> indexesOf(String collection) {
        return store.database().getCollection(collection).listIndexes().into(new ArrayList<>());
    }

    @Test
    void createsEveryKeptIndexWithItsKeysAndUniqueness() {
        indexes.ensure();

        for (IndexSpec spec : StoreIndexes.kept(store.embedded())) {
            assertThat(indexesOf(spec.collection()))
                    .as("index %s on %s", spec.name(), spec.collection())
                    .anySatisfy(
                            index -> {
                                assertThat(index.get("key", Document.class)).isEqualTo(spec.keys());
                                assertThat(index.getBoolean("unique", false))
                                        .isEqualTo(spec.unique());
                            });
        }
    }

    @Test
    void coversEveryCodeWithAUniqueIndex() {
        assertThat(StoreIndexes.all())
                .filteredOn(IndexSpec::unique)
                .extracting(s -> s.collection() + "." + s.name())
                .contains(
                        "lps.code_1",
                        "forms.code_1",
                        "crms.slug_1",
                        "sessions.token_hash_1",
                        "users.email_1",
                        "billing_history.year_1_month_1_from_crm_id_1_to_crm_id_1");
    }

    @Test
    void ensuringTwiceChangesNothing() {
        indexes.ensure();
        int before = indexesOf("leads").size();

        indexes.ensure();

        assertThat(indexesOf("leads")).hasSize(before);
    }

    @Test
    void theStoreRejectsTwoLandingPagesWithTheSameCode() {
        indexes.ensure();
        MongoCollection<Document> lps = store.database().getCollection("lps");
        lps.insertOne(new Document("_id", "a").append("code", "LP-001"));

        assertThatThrownBy(() -> lps.insertOne(new Document("_id", "b").append("code", "LP-001")))
                .isInstanceOf(MongoWriteException.class);
        assertThat(lps.countDocuments()).isEqualTo(1);
    }

    @Test
    void theEmbeddedStoreKeepsTheUniqueIndexesOnly() {
        // The tests' database, seen as the embedded store
        StoreIndexes embedded = new StoreIndexes();
        embedded.store =
                new MongoStore() {
                    @Override
                    public com.mongodb.client.MongoDatabase database() {
                        return store.database();
                    }

                    @Override
                    public boolean embedded() {
                        return true;
                    }
                };
        MongoCollection<Document> leads = store.database().getCollection("leads");
        // a secondary index an earlier version asked for
        leads.createIndex(
                new Document("status", 1),
                new com.mongodb.client.model.IndexOptions().name("status_1"));

        embedded.ensure();

        assertThat(indexesOf("leads"))
                .extracting(i -> i.getString("name"))
                .doesNotContain("status_1")
                .contains("_id_1_write_token_1");
        assertThat(StoreIndexes.kept(true)).allMatch(IndexSpec::unique);
        assertThat(StoreIndexes.kept(false)).containsExactlyElementsOf(StoreIndexes.all());
    }

    @Test
    void anIndexAlreadyThereIsNotAskedForAgain() {
        // Same name, keys and uniqueness, but sparse: asked for again, it would conflict and be
        // replaced by a non-sparse one.
        MongoCollection<Document> lps = store.database().getCollection("lps");
        lps.createIndex(
                new Document("code", 1),
                new com.mongodb.client.model.IndexOptions()
                        .name("code_1")
                        .unique(true)
                        .sparse(true));

        indexes.ensure();

        assertThat(indexesOf("lps"))
                .filteredOn(i -> "code_1".equals(i.getString("name")))
                .singleElement()
                .satisfies(i -> assertThat(i.getBoolean("sparse", false)).isTrue());
    }

    @Test
    void replacesTheSeedsNonUniqueCodeIndex() {
        MongoCollection<Document> lps = store.database().getCollection("lps");
        lps.createIndex(new Document("code", 1));

        indexes.ensure();

        assertThat(indexesOf("lps"))
                .filteredOn(i -> new Document("code", 1).equals(i.get("key")))
                .singleElement()
                .satisfies(i -> assertThat(i.getBoolean("unique", false)).isTrue());
    }

    @Test
    void everyLeadListFilterHasAnIndexInTheListsOrder() {
        List<Document> keys =
                StoreIndexes.all().stream()
                        .filter(s -> s.collection().equals("leads"))
                        .map(IndexSpec::keys)
                        .toList();

        assertThat(keys).contains(new Document("created_at", -1).append("_id", -1));
        for (String field :
                List.of(
                        "api_status",
                        "target_crm_id",
                        "departement",
                        "product_type",
                        "form_code")) {
            assertThat(keys)
                    .as(field)
                    .contains(new Document(field, 1).append("created_at", -1).append("_id", -1));
        }
    }
}
