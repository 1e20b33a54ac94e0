package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.application.jobs.JobLeases;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * {@link JobLeases} as documents of {@code job_leases}, each taken by one conditional upsert: the
 * filter matches only a free lease, so of two servers racing, one updates and the other's upsert
 * hits the {@code _id} unique key and loses.
 */
@ApplicationScoped
public class MongoJobLeases implements JobLeases {

    static final String COLLECTION = "job_leases";
    private static final String NIGHTLY = "nightly";
    private static final int DUPLICATE_KEY = 11000;

    private final Supplier<MongoDatabase> database;

    @Inject MongoStore store;

    /** For CDI. */
    public MongoJobLeases() {
        this.database = () -> store.database();
    }

    /** Over a given database (tests). */
    public MongoJobLeases(MongoDatabase database) {
        this.database = () -> database;
    }

    private MongoCollection<Document> leases() {
        return database.get().getCollection(COLLECTION);
    }

    @Override
    public boolean claimNight(String night, String owner, Instant now) {
        return upsert(
                Filters.and(Filters.eq("_id", NIGHTLY), Filters.lt("night", night)),
                Updates.combine(
                        Updates.set("night", night),
                        Updates.set("owner", owner),
                        Updates.set("claimed_at", Date.from(now))));
    }

    @Override
    public Optional<String> lastNight() {
        Document d = leases().find(Filters.eq("_id", NIGHTLY)).first();
        return Optional.ofNullable(d == null ? null : d.getString("night"));
    }

    @Override
    public boolean acquire(String job, String owner, Instant until, Instant now) {
        return upsert(
                Filters.and(
                        Filters.eq("_id", job),
                        Filters.or(
                                Filters.eq("owner", owner),
                                Filters.eq("owner", null),
                                Filters.lt("until", Date.from(now)))),
                Updates.combine(
                        Updates.set("owner", owner),
                        Updates.set("until", Date.from(until)),
                        Updates.set("claimed_at", Date.from(now))));
    }

    @Override
    public void release(String job, String owner) {
        leases().updateOne(
                        Filters.and(Filters.eq("_id", job), Filters.eq("owner", owner)),
                        Updates.combine(Updates.set("owner", null), Updates.set("until", null)));
    }

    private boolean upsert(org.bson.conversions.Bson filter, org.bson.conversions.Bson update) {
        try {
            var result = leases().updateOne(filter, update, new UpdateOptions().upsert(true));
            return result.getMatchedCount() == 1 || result.getUpsertedId() != null;
        } catch (MongoWriteException e) {
            if (e.getError().getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
