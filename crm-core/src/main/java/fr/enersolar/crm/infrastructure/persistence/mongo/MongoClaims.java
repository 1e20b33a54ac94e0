package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import fr.enersolar.crm.domain.model.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Time-limited claims of a key by a lead, one document per key ({@code _id} = the key): the first
 * insert wins on any MongoDB (unique {@code _id}); a claim older than its window is replaced
 * conditionally on the claim read. mongo-java-server does not apply conditional updates atomically,
 * so claims on the same key are also serialised inside this JVM (striped locks): enough for the
 * embedded store, which only this JVM uses.
 */
final class MongoClaims implements Claims {

    private static final int STRIPES = 256;

    private final Supplier<MongoCollection<Document>> collection;
    private final Object[] locks = new Object[STRIPES];

    MongoClaims(Supplier<MongoCollection<Document>> collection) {
        this.collection = collection;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    private Object lockFor(String key) {
        return locks[Math.floorMod(key.hashCode(), STRIPES)];
    }

    @Override
    public Optional<LeadId> claim(String key, LeadId candidate, Instant now, Duration window) {
        MongoCollection<Document> claims = collection.get();
        synchronized (lockFor(key)) {
            try {
                claims.insertOne(claim(key, candidate, now));
                return Optional.empty();
            } catch (RuntimeException e) {
                if (!MongoErrors.isDuplicateKey(e)) {
                    throw e;
                }
            }
            Document held = claims.find(eq("_id", key)).first();
            if (held == null) { // released between our insert and our read: try once more
                claims.insertOne(claim(key, candidate, now));
                return Optional.empty();
            }
            if (!held.getDate("at").toInstant().isBefore(now.minus(window))) {
                return Optional.of(new LeadId(held.getString("lead_id")));
            }
            long replaced =
                    claims.replaceOne(
                                    and(eq("_id", key), eq("at", held.getDate("at"))),
                                    claim(key, candidate, now))
                            .getModifiedCount();
            if (replaced == 1) {
                return Optional.empty();
            }
            return Optional.of(
                    new LeadId(claims.find(eq("_id", key)).first().getString("lead_id")));
        }
    }

    @Override
    public void takeOver(String key, LeadId candidate, Instant now) {
        synchronized (lockFor(key)) {
            collection
                    .get()
                    .replaceOne(
                            eq("_id", key),
                            claim(key, candidate, now),
                            new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public void release(String key, LeadId candidate) {
        synchronized (lockFor(key)) {
            collection.get().deleteOne(and(eq("_id", key), eq("lead_id", candidate.value())));
        }
    }

    private static Document claim(String key, LeadId lead, Instant at) {
        return new Document("_id", key).append("lead_id", lead.value()).append("at", Date.from(at));
    }
}
