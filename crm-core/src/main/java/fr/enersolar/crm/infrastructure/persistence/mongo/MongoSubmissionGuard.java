package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.result.UpdateResult;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.SubmissionGuard;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * Claims in {@code intake_guard}, one document per form and phone ({@code _id} = both), written
 * with the driver. The unique {@code _id} makes the first insert win on any MongoDB; replacing a
 * stale claim is conditional on the claim read. mongo-java-server does not apply conditional
 * updates atomically, so claims on the same key are also serialised inside this JVM (striped
 * locks): enough for the embedded store, which only this JVM uses.
 */
@ApplicationScoped
public class MongoSubmissionGuard implements SubmissionGuard {

    static final String COLLECTION = "intake_guard";
    private static final int STRIPES = 256;

    private final Object[] locks = new Object[STRIPES];

    @Inject MongoStore store;

    public MongoSubmissionGuard() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    private MongoCollection<Document> claims() {
        return store.database().getCollection(COLLECTION);
    }

    private static String key(FormId form, String phoneE164) {
        return form.value() + "|" + phoneE164;
    }

    private Object lockFor(String key) {
        return locks[Math.floorMod(key.hashCode(), STRIPES)];
    }

    @Override
    public Optional<LeadId> claim(
            FormId form, String phoneE164, LeadId candidate, Instant now, Duration window) {
        String key = key(form, phoneE164);
        synchronized (lockFor(key)) {
            try {
                claims().insertOne(claimDocument(key, candidate, now));
                return Optional.empty();
            } catch (RuntimeException e) {
                if (!MongoErrors.isDuplicateKey(e)) {
                    throw e;
                }
            }
            Document held = claims().find(eq("_id", key)).first();
            if (held == null) { // released between our insert and our read: try once more
                claims().insertOne(claimDocument(key, candidate, now));
                return Optional.empty();
            }
            Instant heldAt = held.getDate("at").toInstant();
            if (!heldAt.isBefore(now.minus(window))) {
                return Optional.of(new LeadId(held.getString("lead_id")));
            }
            UpdateResult replaced =
                    claims().replaceOne(
                                    and(eq("_id", key), eq("at", held.getDate("at"))),
                                    claimDocument(key, candidate, now));
            if (replaced.getModifiedCount() == 1) {
                return Optional.empty();
            }
            Document winner = claims().find(eq("_id", key)).first();
            return Optional.of(new LeadId(winner.getString("lead_id")));
        }
    }

    @Override
    public void takeOver(FormId form, String phoneE164, LeadId candidate, Instant now) {
        String key = key(form, phoneE164);
        synchronized (lockFor(key)) {
            claims().replaceOne(
                            eq("_id", key),
                            claimDocument(key, candidate, now),
                            new ReplaceOptions().upsert(true));
        }
    }

    @Override
    public void release(FormId form, String phoneE164, LeadId candidate) {
        String key = key(form, phoneE164);
        synchronized (lockFor(key)) {
            claims().deleteOne(and(eq("_id", key), eq("lead_id", candidate.value())));
        }
    }

    private static Document claimDocument(String key, LeadId lead, Instant at) {
        return new Document("_id", key).append("lead_id", lead.value()).append("at", Date.from(at));
    }
}
