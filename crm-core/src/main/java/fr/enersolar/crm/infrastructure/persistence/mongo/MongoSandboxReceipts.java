package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import fr.enersolar.crm.application.sandbox.SandboxReceipt;
import fr.enersolar.crm.application.sandbox.SandboxReceipts;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Sandbox receipts in {@code sandbox_receipts}; the unique index on (partner, phone) decides
 * duplicates, so two servers receiving the same lead at once store it once.
 */
@ApplicationScoped
public class MongoSandboxReceipts implements SandboxReceipts {

    static final String COLLECTION = "sandbox_receipts";

    @Inject MongoStore store;

    private MongoCollection<Document> collection() {
        return store.database().getCollection(COLLECTION);
    }

    @Override
    public boolean add(SandboxReceipt r) {
        try {
            collection()
                    .insertOne(
                            new Document("_id", r.id())
                                    .append("partner", r.partner())
                                    .append("phone", r.phone())
                                    .append("key_ending", r.keyEnding())
                                    .append("body", r.body())
                                    .append("received_at", Date.from(r.receivedAt())));
            return true;
        } catch (RuntimeException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<SandboxReceipt> latest(String partner, int limit) {
        List<SandboxReceipt> found = new ArrayList<>();
        for (Document d :
                collection()
                        .find(Filters.eq("partner", partner))
                        .sort(Sorts.descending("received_at"))
                        .limit(Math.max(1, Math.min(limit, 500)))) {
            found.add(
                    new SandboxReceipt(
                            d.getString("_id"),
                            d.getString("partner"),
                            d.getString("phone"),
                            d.getString("key_ending"),
                            d.getString("body"),
                            d.getDate("received_at").toInstant()));
        }
        return found;
    }

    @Override
    public long count(String partner) {
        return collection().countDocuments(Filters.eq("partner", partner));
    }
}
