package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Projections;
import fr.enersolar.crm.application.leads.LeadCount;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadRow;
import fr.enersolar.crm.application.leads.LeadShelf;
import fr.enersolar.crm.application.leads.LeadViews;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The staff's lead lists on the raw driver: one query per page with a projection to the listed
 * fields, sorted by an index, and counts that stop at a cap. Reading documents rather than mapped
 * {@code Lead}s keeps every stored field (those of routing and delivery included) visible in the
 * detail without this class knowing them.
 */
@ApplicationScoped
public class MongoLeadViews implements LeadViews {

    static final String ARCHIVE = "leads_archived";

    /** The columns of a list row, in order. */
    static final List<String> ROW_FIELDS =
            List.of(
                    "id",
                    "phone",
                    "phone_e164",
                    "civilite",
                    "nom",
                    "prenom",
                    "email",
                    "code_postal",
                    "departement",
                    "ville",
                    "form_code",
                    "lp_code",
                    "liaison_code",
                    "source",
                    "utm_source",
                    "utm_medium",
                    "utm_campaign",
                    "product_type",
                    "account_id",
                    "target_crm_id",
                    "target_crm_slug",
                    "routing_reason",
                    "status",
                    "api_status",
                    "api_response",
                    "sent_to_crm",
                    "duplicate_of",
                    "created_at");

    /** The archive's rows also say when and by whom. */
    static final List<String> ARCHIVED_ROW_FIELDS =
            Stream.concat(ROW_FIELDS.stream(), Stream.of("archived_at", "archived_by")).toList();

    /** The columns of an export, in order (the seed's CSV, SPEC-seed §17 "Leads", plus the id). */
    static final List<String> EXPORT_FIELDS =
            List.of(
                    "id",
                    "phone",
                    "nom",
                    "prenom",
                    "civilite",
                    "email",
                    "code_postal",
                    "departement",
                    "ville",
                    "adresse",
                    "type_logement",
                    "statut_occupant",
                    "surface_habitable",
                    "annee_construction",
                    "type_chauffage",
                    "facture_electricite",
                    "facture_chauffage",
                    "type_projet",
                    "delai_projet",
                    "budget",
                    "form_code",
                    "lp_code",
                    "liaison_code",
                    "source",
                    "utm_source",
                    "utm_medium",
                    "utm_campaign",
                    "target_crm_slug",
                    "api_status",
                    "created_at");

    private static final int EXPORT_BATCH = 500;

    @Inject MongoStore store;

    @Override
    public List<LeadRow> rows(LeadCriteria criteria, LeadShelf shelf, int skip, int limit) {
        List<String> fields = shelf == LeadShelf.ARCHIVED ? ARCHIVED_ROW_FIELDS : ROW_FIELDS;
        List<LeadRow> rows = new ArrayList<>();
        collection(shelf)
                .find(LeadFilters.of(criteria))
                .projection(projection(fields))
                .sort(LeadFilters.NEWEST_FIRST)
                .skip(skip)
                .limit(limit)
                .forEach(d -> rows.add(new LeadRow(LeadDocuments.plain(d, fields))));
        return rows;
    }

    @Override
    public LeadCount count(LeadCriteria criteria, LeadShelf shelf, long cap) {
        MongoCollection<Document> collection = collection(shelf);
        if (criteria.isAny()) {
            // The collection's own count: no scan.
            return new LeadCount(collection.estimatedDocumentCount(), true);
        }
        long counted =
                collection.countDocuments(
                        LeadFilters.of(criteria), new CountOptions().limit((int) cap));
        return new LeadCount(counted, counted < cap);
    }

    @Override
    public Optional<Map<String, Object>> document(LeadId id) {
        Document found = collection(LeadShelf.ACTIVE).find(eq("_id", id.value())).first();
        return Optional.ofNullable(found).map(LeadDocuments::plain);
    }

    @Override
    public void export(LeadCriteria criteria, int max, Consumer<LeadRow> each) {
        try (MongoCursor<Document> cursor =
                collection(LeadShelf.ACTIVE)
                        .find(LeadFilters.of(criteria))
                        .projection(projection(EXPORT_FIELDS))
                        .sort(LeadFilters.NEWEST_FIRST)
                        .limit(max)
                        .batchSize(EXPORT_BATCH)
                        .cursor()) {
            while (cursor.hasNext()) {
                each.accept(new LeadRow(LeadDocuments.plain(cursor.next(), EXPORT_FIELDS)));
            }
        }
    }

    private static Bson projection(List<String> fields) {
        return Projections.include(fields.stream().filter(f -> !f.equals("id")).toList());
    }

    private MongoCollection<Document> collection(LeadShelf shelf) {
        return store.database()
                .getCollection(
                        shelf == LeadShelf.ARCHIVED ? ARCHIVE : MongoLeadRepository.COLLECTION);
    }
}
