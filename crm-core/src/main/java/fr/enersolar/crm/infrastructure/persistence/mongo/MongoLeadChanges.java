package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.application.leads.LeadChanges;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Staff changes to stored leads with the driver's in-place operations. A move between {@code leads}
 * and {@code leads_archived} copies first and deletes second (no transactions on the embedded
 * store): a crash between the two leaves the lead in both, and repeating the move completes it. The
 * copy is refreshed from the deleted document, so a write that landed between copy and delete is
 * kept.
 */
@ApplicationScoped
public class MongoLeadChanges implements LeadChanges {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    @Inject MongoStore store;

    @Override
    public boolean amend(
            LeadId id, Map<String, String> before, Map<String, String> after, TimelineEntry entry) {
        List<Bson> unchanged = new ArrayList<>();
        unchanged.add(eq("_id", id.value()));
        before.forEach((field, value) -> unchanged.add(eq(field, value)));
        List<Bson> updates = new ArrayList<>();
        after.forEach((field, value) -> updates.add(Updates.set(field, value)));
        // A new version: a delivery worker holding the lead writes it back over this change only
        // after reading it again.
        updates.add(Updates.set(MongoDeliveryQueue.VERSION_FIELD, MongoDeliveryQueue.newToken()));
        updates.add(
                Updates.push(
                        "timeline",
                        new Document("at", Date.from(entry.at()))
                                .append("type", entry.type())
                                .append("message", entry.message())));
        return live().updateOne(and(unchanged), Updates.combine(updates)).getMatchedCount() == 1;
    }

    @Override
    public Optional<Map<String, Object>> archive(LeadId id, String by, Instant at) {
        return move(
                id,
                live(),
                archived(),
                doc -> doc.append("archived_at", Date.from(at)).append("archived_by", by));
    }

    @Override
    public Optional<Map<String, Object>> restore(LeadId id) {
        return move(
                id,
                archived(),
                live(),
                doc -> {
                    doc.remove("archived_at");
                    doc.remove("archived_by");
                    return doc;
                });
    }

    private Optional<Map<String, Object>> move(
            LeadId id,
            MongoCollection<Document> from,
            MongoCollection<Document> to,
            UnaryOperator<Document> adapt) {
        Bson byId = eq("_id", id.value());
        Document original = from.find(byId).first();
        if (original == null) {
            return Optional.empty();
        }
        Document copy = adapt.apply(new Document(original));
        to.replaceOne(byId, copy, UPSERT);
        Document deleted = from.findOneAndDelete(byId);
        if (deleted != null && !deleted.equals(original)) {
            copy = adapt.apply(new Document(deleted));
            to.replaceOne(byId, copy, UPSERT);
        }
        return Optional.of(LeadDocuments.plain(copy));
    }

    private MongoCollection<Document> live() {
        return store.database().getCollection(MongoLeadRepository.COLLECTION);
    }

    private MongoCollection<Document> archived() {
        return store.database().getCollection(MongoLeadViews.ARCHIVE);
    }
}
