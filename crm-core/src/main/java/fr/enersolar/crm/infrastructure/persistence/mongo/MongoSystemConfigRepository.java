package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * {@code system_config} holds one document per setting, keyed by the seed's {@code type} ({@code
 * global_api_key}). Written with the driver because initialisation must be one atomic upsert.
 */
@ApplicationScoped
public class MongoSystemConfigRepository implements SystemConfigRepository {

    static final String COLLECTION = "system_config";
    static final String INTAKE_KEY = "global_api_key";

    @Inject MongoStore store;

    private MongoCollection<Document> settings() {
        return store.database().getCollection(COLLECTION);
    }

    @Override
    public Optional<IntakeApiKey> intakeKey() {
        Document doc = settings().find(eq("_id", INTAKE_KEY)).first();
        return Optional.ofNullable(doc).map(d -> d.getString("api_key")).map(IntakeApiKey::new);
    }

    @Override
    public IntakeApiKey initialiseIntakeKey(IntakeApiKey key, Instant at) {
        Document doc =
                settings()
                        .findOneAndUpdate(
                                eq("_id", INTAKE_KEY),
                                Updates.combine(
                                        Updates.setOnInsert("type", INTAKE_KEY),
                                        Updates.setOnInsert("api_key", key.value()),
                                        Updates.setOnInsert("created_at", Date.from(at)),
                                        Updates.setOnInsert("updated_at", Date.from(at))),
                                new FindOneAndUpdateOptions()
                                        .upsert(true)
                                        .returnDocument(ReturnDocument.AFTER));
        return new IntakeApiKey(doc.getString("api_key"));
    }

    @Override
    public void replaceIntakeKey(IntakeApiKey key, Instant at) {
        settings()
                .updateOne(
                        eq("_id", INTAKE_KEY),
                        Updates.combine(
                                Updates.set("type", INTAKE_KEY),
                                Updates.set("api_key", key.value()),
                                Updates.set("updated_at", Date.from(at)),
                                Updates.setOnInsert("created_at", Date.from(at))),
                        new UpdateOptions().upsert(true));
    }
}
