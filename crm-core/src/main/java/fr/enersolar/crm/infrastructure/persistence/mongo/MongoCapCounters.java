package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.application.routing.CapCounters;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.bson.Document;

/**
 * Cap counters in the {@code commande_caps} collection, one document per commande × period ({@code
 * _id} = {@code <commande>:<day|week>:<start>}, {@code count}). A unit is taken by one conditional
 * increment, {@code {_id, count: {$lt: cap}}} → {@code $inc}, which the store applies atomically
 * (MongoDB per document; mongo-java-server under its collection's lock): two routings never both
 * take the last unit. A counter is created, at its first use in a period, with the leads the store
 * already holds routed to the commande since the period's start; the first insert wins.
 */
@ApplicationScoped
public class MongoCapCounters implements CapCounters {

    static final String COLLECTION = "commande_caps";

    @Inject MongoStore store;

    private MongoCollection<Document> counters() {
        return store.database().getCollection(COLLECTION);
    }

    private static String id(CommandeId commande, Period period, Instant start) {
        return commande.value() + ":" + period.name().toLowerCase(Locale.ROOT) + ":" + start;
    }

    @Override
    public boolean take(
            CommandeId commande, Period period, Instant start, long cap, LongSupplier takenSoFar) {
        String id = id(commande, period, start);
        if (counters().find(eq("_id", id)).first() == null) {
            try {
                counters()
                        .insertOne(
                                new Document("_id", id)
                                        .append("commande_id", commande.value())
                                        .append("period", period.name().toLowerCase(Locale.ROOT))
                                        .append("start", Date.from(start))
                                        .append("count", takenSoFar.getAsLong()));
            } catch (RuntimeException e) {
                if (!MongoErrors.isDuplicateKey(e)) {
                    throw e;
                }
                // another routing created it first: its count stands
            }
        }
        Document underCap = new Document("_id", id).append("count", new Document("$lt", cap));
        return counters().updateOne(underCap, Updates.inc("count", 1L)).getModifiedCount() == 1;
    }

    @Override
    public void giveBack(CommandeId commande, Period period, Instant start) {
        Document taken =
                new Document("_id", id(commande, period, start))
                        .append("count", new Document("$gt", 0));
        counters().updateOne(taken, Updates.inc("count", -1L));
    }
}
