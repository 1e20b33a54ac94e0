package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

/**
 * Named counters in the {@code counters} collection ({@code {_id: "lp", value: 42}}), incremented
 * atomically by the server, so codes are unique across threads and servers. The unique indexes on
 * the codes are the second line of defence.
 *
 * <p>Allocations are also serialised inside the JVM: mongo-java-server (the embedded store and the
 * test store) does not run {@code findAndModify} atomically, and 50 concurrent callers got
 * duplicate values from it. Codes are allocated rarely (LP and form creation), so the lock costs
 * nothing; across servers, MongoDB's single-document atomicity is what keeps codes unique.
 */
@ApplicationScoped
public class MongoCodeSequences {

    static final String COLLECTION = "counters";

    @Inject MongoStore store;

    /** The next value of {@code sequence}: 1 the first time, then 2, 3… */
    public synchronized long next(String sequence) {
        try {
            return increment(sequence);
        } catch (MongoCommandException e) {
            // Two first-ever upserts can race on _id; the loser finds the document on retry.
            if (ErrorCategory.fromErrorCode(e.getErrorCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return increment(sequence);
        }
    }

    private long increment(String sequence) {
        Document after =
                store.database()
                        .getCollection(COLLECTION)
                        .findOneAndUpdate(
                                Filters.eq("_id", sequence),
                                Updates.inc("value", 1L),
                                new FindOneAndUpdateOptions()
                                        .upsert(true)
                                        .returnDocument(ReturnDocument.AFTER));
        return after.get("value", Number.class).longValue();
    }
}
