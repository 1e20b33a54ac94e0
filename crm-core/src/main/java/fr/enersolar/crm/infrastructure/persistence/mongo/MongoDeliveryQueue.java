package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.application.delivery.DeliveryHints;
import fr.enersolar.crm.application.delivery.DeliveryQueue;
import fr.enersolar.crm.application.routing.RoutedLeads;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The delivery outbox over the {@code leads} collection. A claim and each write-back are a
 * compare-and-set on the lead's {@value #VERSION_FIELD} (see {@link #conditionalUpdate}), decided
 * by the store: two workers, two servers or two processes sharing one store never both claim a
 * lead, and a worker whose lease was taken over never writes its result over the new holder's. No
 * lock of this JVM takes part, so the same holds for a second process reaching the embedded store.
 */
@ApplicationScoped
public class MongoDeliveryQueue implements DeliveryQueue, RoutedLeads {

    private static final List<String> DUE =
            List.of(LeadStatus.PENDING.wire(), LeadStatus.QUEUED.wire());

    /**
     * The name of the lead's version field: a random number each write of this class replaces,
     * compared at the next write (see {@link #conditionalUpdate}). A version stamp for the
     * compare-and-set, not a credential; the stored name stays {@code write_token}.
     */
    public static final String VERSION_FIELD = "write_token";

    private static final Object NOT_TRIED = new Object();

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(MongoDeliveryQueue.class.getName());

    /** How many due leads one query finds for the claims that follow. */
    private static final int CANDIDATES = 5000;

    private final ConcurrentLinkedQueue<String> candidates = new ConcurrentLinkedQueue<>();
    private final ReentrantLock candidatesLock = new ReentrantLock();
    private final AtomicLong refills = new AtomicLong();
    private boolean lastRefillEmpty; // guarded by candidatesLock

    /**
     * The version each lead had right after this server's claim of it, until its worker writes it
     * back: that write then needs no read first when no one wrote the lead meanwhile.
     */
    private final Map<String, Long> claimedVersions = new ConcurrentHashMap<>();

    private static final FindOneAndUpdateOptions AFTER =
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    @Inject MongoStore store;
    @Inject DeliveryHints hints;

    private MongoCollection<Document> leads() {
        return store.database().getCollection(MongoLeadRepository.COLLECTION);
    }

    private static Bson leaseFree(Instant now) {
        return or(eq("lease_until", null), lt("lease_until", Date.from(now)));
    }

    /**
     * Due leads are claimed by id from a batch of candidates found by one query (the oldest due
     * first), rather than by one sorted find-and-modify per claim: the embedded store has no
     * secondary index, so each such query reads every lead, and with a backlog of 20,000 leads a
     * claim per query delivered a few leads per second. Each claim still re-checks, atomically,
     * that the lead is due and free, so a candidate another worker or server took is skipped. The
     * leads this server just took in ({@link DeliveryHints}) come first, without any query.
     */
    @Override
    public Optional<Lead> claimDue(String owner, Instant now, Instant leaseUntil) {
        Optional<Lead> hinted = claimHinted(owner, now, leaseUntil);
        if (hinted.isPresent()) {
            return hinted;
        }
        for (int round = 0; round < 2; round++) {
            String id;
            while ((id = candidates.poll()) != null) {
                Optional<Lead> claimed = claim(id, owner, now, leaseUntil);
                if (claimed.isPresent()) {
                    return claimed;
                }
            }
            if (!refill(now)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Lead> claimHinted(String owner, Instant now, Instant leaseUntil) {
        Optional<String> id;
        while ((id = hints.poll()).isPresent()) {
            Optional<Lead> claimed = claim(id.get(), owner, now, leaseUntil);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    /**
     * Refills the candidates with the oldest due leads; false when none is due. Workers that find
     * the candidates empty together make one query: one that waited while another's query found
     * nothing due takes that answer, which is as recent as its own would have been.
     */
    private boolean refill(Instant now) {
        long asked = refills.get();
        candidatesLock.lock();
        try {
            if (!candidates.isEmpty()) {
                return true; // another worker refilled meanwhile
            }
            if (refills.get() != asked && lastRefillEmpty) {
                return false; // a query made since this worker asked found nothing due
            }
            for (Document d :
                    leads().find(due(now))
                            .sort(Sorts.ascending("next_attempt_at"))
                            .limit(CANDIDATES)
                            .projection(Projections.include("_id"))) {
                candidates.add(d.get("_id").toString());
            }
            lastRefillEmpty = candidates.isEmpty();
            refills.incrementAndGet();
            return !lastRefillEmpty;
        } finally {
            candidatesLock.unlock();
        }
    }

    private static Bson due(Instant now) {
        return and(in("api_status", DUE), lte("next_attempt_at", Date.from(now)), leaseFree(now));
    }

    private Optional<Lead> claim(String id, String owner, Instant now, Instant leaseUntil) {
        Bson lease =
                Updates.combine(
                        Updates.set("lease_owner", owner),
                        Updates.set("lease_until", Date.from(leaseUntil)));
        return readCheckWrite(
                        leads(),
                        id,
                        NOT_TRIED,
                        d -> isDue(d, now),
                        asRead -> {
                            long token = newToken();
                            // The claim answers with the lead as claimed: no second read.
                            Optional<Document> claimed =
                                    Optional.ofNullable(
                                            leads().findOneAndUpdate(
                                                            asRead,
                                                            Updates.combine(
                                                                    lease,
                                                                    Updates.set(
                                                                            VERSION_FIELD, token)),
                                                            AFTER));
                            claimed.ifPresent(c -> rememberClaim(id, token));
                            return claimed;
                        })
                .map(claimed -> EntityReader.read(claimed, Lead.class));
    }

    private void rememberClaim(String id, long version) {
        if (claimedVersions.size() > 100_000) {
            // Left by attempts that never wrote back: the map is only a shortcut.
            claimedVersions.clear();
        }
        claimedVersions.put(id, version);
    }

    /** The lead by id, built by the fast reader (this is the workers' hot path). */
    private Optional<Lead> read(String id) {
        return Optional.ofNullable(leads().find(eq("_id", id)).first())
                .map(d -> EntityReader.read(d, Lead.class));
    }

    /** {@link #due} in Java, for a document read by id. */
    private static boolean isDue(Document d, Instant now) {
        Date next = d.getDate("next_attempt_at");
        return DUE.contains(d.getString("api_status"))
                && next != null
                && !next.toInstant().isAfter(now)
                && leaseFree(d, now);
    }

    static boolean leaseFree(Document d, Instant now) {
        Date until = d.getDate("lease_until");
        return until == null || until.toInstant().isBefore(now);
    }

    /**
     * Applies {@code update} to lead {@code id} if it still satisfies {@code holds}; true if it
     * did. The lead is read by id, checked here, and written with a compare-and-set on its {@value
     * #VERSION_FIELD}: the write matches only if no one wrote the lead since it was read (every
     * write of this class replaces the token), so the store itself refuses a second claim or a late
     * write-back, whatever process or server made the first. A write that lost the race reads the
     * lead again. The filter names {@code _id} and the token alone, so the embedded store answers
     * it from its unique index on exactly those keys ({@link
     * fr.enersolar.crm.infrastructure.store.StoreIndexes}) rather than by a scan of every lead; on
     * MongoDB the {@code _id} index serves it.
     */
    static boolean conditionalUpdate(
            MongoCollection<Document> leads, String id, Predicate<Document> holds, Bson update) {
        return conditionalUpdate(leads, id, null, holds, update);
    }

    /**
     * The same, for a caller that already read the lead and checked {@code holds} on it: when
     * {@code version} is not null, the first write names it without reading the lead again; if the
     * lead changed since, it is read and checked as above.
     */
    static boolean conditionalUpdate(
            MongoCollection<Document> leads,
            String id,
            Long version,
            Predicate<Document> holds,
            Bson update) {
        Object missed = NOT_TRIED;
        if (version != null) {
            Bson tokenChanged = Updates.combine(update, Updates.set(VERSION_FIELD, newToken()));
            Document asRead = new Document("_id", id).append(VERSION_FIELD, version);
            if (leads.updateOne(asRead, tokenChanged).getMatchedCount() == 1) {
                return true;
            }
            missed = version;
        }
        return readCheckWrite(
                        leads,
                        id,
                        missed,
                        holds,
                        asRead ->
                                matched(
                                        leads.updateOne(
                                                        asRead,
                                                        Updates.combine(
                                                                update,
                                                                Updates.set(
                                                                        VERSION_FIELD, newToken())))
                                                .getMatchedCount()))
                .isPresent();
    }

    /** The same for a whole-document replacement. */
    private boolean conditionalReplace(String id, Predicate<Document> holds, Document replacement) {
        return readCheckWrite(
                        leads(),
                        id,
                        NOT_TRIED,
                        holds,
                        asRead -> {
                            replacement.put(VERSION_FIELD, newToken());
                            return matched(
                                    leads().replaceOne(asRead, replacement).getMatchedCount());
                        })
                .isPresent();
    }

    /**
     * The loop of every conditional write here: reads lead {@code id}, checks {@code holds} on it,
     * and makes {@code write} with a filter matching the lead only as read (its id and version); a
     * write that missed reads the lead again. {@code missed} is the version a write already missed
     * on ({@code NOT_TRIED} if none).
     *
     * @return what the write answered; empty when the lead is gone or no longer holds
     */
    private static <T> Optional<T> readCheckWrite(
            MongoCollection<Document> leads,
            String id,
            Object missed,
            Predicate<Document> holds,
            Function<Document, Optional<T>> write) {
        while (true) {
            Document current = leads.find(eq("_id", id)).first();
            if (current == null || !holds.test(current) || unchangedSince(missed, current, id)) {
                return Optional.empty();
            }
            Optional<T> written = write.apply(asRead(id, current));
            if (written.isPresent()) {
                return written;
            }
            missed = current.get(VERSION_FIELD);
        }
    }

    private static Optional<Boolean> matched(long count) {
        return count == 1 ? Optional.of(Boolean.TRUE) : Optional.empty();
    }

    /**
     * True when a compare-and-set just missed although the lead still has the token it was tried
     * with: no other write explains the miss, so trying again would loop; given up (logged).
     */
    private static boolean unchangedSince(Object missed, Document current, String id) {
        if (missed == NOT_TRIED || !java.util.Objects.equals(missed, current.get(VERSION_FIELD))) {
            return false;
        }
        LOG.warning(
                () ->
                        "Lead "
                                + id
                                + ": the store refused a write on an unchanged "
                                + VERSION_FIELD
                                + "; write given up");
        return true;
    }

    /**
     * A filter matching the lead only as it was read: its id and token (a lead never written by
     * this class has none, and {@code null} matches a missing field). A plain document, not {@code
     * Filters.and}, which the driver sends as {@code $and} and no index of the embedded store
     * serves.
     */
    private static Document asRead(String id, Document current) {
        return new Document("_id", id).append(VERSION_FIELD, current.get(VERSION_FIELD));
    }

    static long newToken() {
        return java.util.concurrent.ThreadLocalRandom.current().nextLong();
    }

    @Override
    public boolean saveIfLeased(Lead lead, String owner) {
        String id = lead.id().value();
        Long claimedAt = claimedVersions.remove(id);
        if (claimedAt != null) {
            // Unwritten since this server's claim (every write changes the version): the lease is
            // still the claimer's, and one conditional replacement suffices.
            Document replacement = EntityDocuments.write(lead);
            replacement.put(VERSION_FIELD, newToken());
            Document asClaimed = new Document("_id", id).append(VERSION_FIELD, claimedAt);
            if (leads().replaceOne(asClaimed, replacement).getMatchedCount() == 1) {
                store.awaitDurable();
                return true;
            }
        }
        return replace(id, d -> owner.equals(d.getString("lease_owner")), lead);
    }

    @Override
    public boolean saveIfIdle(Lead lead, String expectedApiStatus, Instant now) {
        String id = lead.id().value();
        return replace(
                id,
                d -> expectedApiStatus.equals(d.getString("api_status")) && leaseFree(d, now),
                lead);
    }

    /**
     * Replaces the lead if it still matches, and makes the change survive a crash before returning:
     * a delivery result lost after the partner accepted the lead would send it again.
     */
    private boolean replace(String id, Predicate<Document> holds, Lead lead) {
        boolean replaced = conditionalReplace(id, holds, EntityDocuments.write(lead));
        if (replaced) {
            store.awaitDurable();
        }
        return replaced;
    }

    @Override
    public long countLeased(Instant now) {
        return leads().countDocuments(
                        and(in("api_status", DUE), gte("lease_until", Date.from(now))));
    }

    @Override
    public long countDeliveredSince(Instant since) {
        return leads().countDocuments(gte("sent_at", Date.from(since)));
    }

    @Override
    public List<Lead> withStatus(Collection<String> apiStatuses, int limit) {
        List<Lead> found = new ArrayList<>();
        for (Document d :
                leads().find(in("api_status", apiStatuses))
                        .sort(Sorts.ascending("next_attempt_at"))
                        .projection(Projections.include("_id"))
                        .limit(limit)) {
            read(d.get("_id").toString()).ifPresent(found::add);
        }
        return found;
    }

    @Override
    public long resetFailed(Instant now, String by) {
        Document entry =
                new Document("at", Date.from(now))
                        .append("type", "retry")
                        .append("message", "Remis en file d'envoi par " + by);
        Bson update =
                Updates.combine(
                        Updates.set("api_status", LeadStatus.PENDING.wire()),
                        Updates.set("next_attempt_at", Date.from(now)),
                        Updates.set("delivery_attempts", 0),
                        Updates.set("retried_at", Date.from(now)),
                        Updates.set("retried_by", by),
                        Updates.inc("retry_count", 1),
                        Updates.unset("lease_owner"),
                        Updates.unset("lease_until"),
                        Updates.set(VERSION_FIELD, newToken()),
                        Updates.push("timeline", entry));
        Bson failed = and(eq("api_status", LeadStatus.FAILED.wire()), ne("target_crm_id", null));
        return leads().updateMany(failed, update).getModifiedCount();
    }

    @Override
    public long routedSince(CommandeId commande, Instant since) {
        return leads().countDocuments(
                        and(
                                eq("commande_id", commande.value()),
                                gte("routed_at", Date.from(since))));
    }
}
