package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.RawBsonDocument;

@ApplicationScoped
public class MongoLeadRepository implements LeadRepository {

    static final String COLLECTION = "leads";

    /** Delivery statuses of a lead the partner has: delivered, or already had it. */
    private static final List<String> FINISHED = List.of("success", "duplicate");

    @Inject MongoStore store;

    /**
     * Concurrent intakes share one insert command (each still waits for its own acknowledgement),
     * and one write of the embedded store's journal before any of them answers its sender. The
     * documents are already BSON: the driver sends their bytes and the journal copies them.
     */
    private final GroupCommit<RawBsonDocument> inserts =
            new GroupCommit<>(
                    () -> store.database().getCollection(COLLECTION, RawBsonDocument.class),
                    64,
                    documents -> store.awaitDurableInserts(COLLECTION, documents));

    @Override
    public void store(Lead lead) {
        Templates.upsert(store.template(), Lead.class, lead.id().value(), lead);
    }

    @Override
    public void add(Lead lead) {
        // The intake's hot write: the same document JNoSQL would write (EntityDocumentsTest),
        // without its per-field CDI lookups.
        // With its first write token: the delivery queue's compare-and-set then finds the lead
        // through the store's unique index on (_id, token), where a missing token made the
        // embedded store scan every lead for the first claim.
        inserts.insert(
                EntityDocuments.encode(
                        lead, MongoDeliveryQueue.VERSION_FIELD, MongoDeliveryQueue.newToken()));
    }

    @Override
    public Optional<Lead> find(LeadId id) {
        return store.template().find(Lead.class, id.value());
    }

    @Override
    public List<Lead> recent(int offset, int limit) {
        return Templates.newestFirst(store.template(), Lead.class, offset, limit);
    }

    @Override
    public long count() {
        // The collection's own count: the template's counted every lead it read (on the embedded
        // store, every lead held in memory at once, which exhausted the heap at 400,000 leads).
        return store.database().getCollection(COLLECTION).estimatedDocumentCount();
    }

    @Override
    public long countSince(Instant since) {
        return store.database()
                .getCollection(COLLECTION)
                .countDocuments(Filters.gte("created_at", Date.from(since)));
    }

    @Override
    public long countFinished(FormCode form) {
        return store.database()
                .getCollection(COLLECTION)
                .countDocuments(
                        Filters.and(
                                Filters.eq("form_code", form.value()),
                                Filters.in("api_status", FINISHED)));
    }

    @Override
    public Map<String, Long> countByStatus() {
        return Aggregations.countBy(store.database().getCollection(COLLECTION), "status");
    }

    @Override
    public Map<String, Long> countByApiStatus() {
        return Aggregations.countBy(store.database().getCollection(COLLECTION), "api_status");
    }
}
