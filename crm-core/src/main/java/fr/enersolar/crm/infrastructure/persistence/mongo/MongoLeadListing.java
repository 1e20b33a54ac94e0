package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import fr.enersolar.crm.application.leadbrowser.LeadFilter;
import fr.enersolar.crm.application.leadbrowser.LeadListing;
import fr.enersolar.crm.application.leadbrowser.LeadSummary;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The lead table's queries on the {@code leads} collection: the filter is one store query, the rows
 * are projected to the table's fields, sorted by {@code created_at} then {@code _id}, both
 * descending, and counted with a limit.
 */
@ApplicationScoped
public class MongoLeadListing implements LeadListing {

    /** The fields a row of the table reads (the projection of {@link #rows}). */
    public static final List<String> FIELDS =
            List.of(
                    "created_at",
                    "phone",
                    "civilite",
                    "nom",
                    "prenom",
                    "code_postal",
                    "departement",
                    "product_type",
                    "form_code",
                    "status",
                    "api_status",
                    "target_crm_slug");

    @Inject MongoStore store;

    @Override
    public List<LeadSummary> rows(LeadFilter filter, int skip, int limit) {
        List<LeadSummary> rows = new ArrayList<>(limit);
        leads().find(query(filter))
                .projection(Projections.include(FIELDS))
                .sort(Sorts.descending("created_at", "_id"))
                .skip(skip)
                .limit(limit)
                .forEach(document -> rows.add(summary(document)));
        return rows;
    }

    @Override
    public long count(LeadFilter filter, long cap) {
        return leads().countDocuments(
                        query(filter),
                        new CountOptions().limit((int) Math.min(cap, Integer.MAX_VALUE)));
    }

    static Bson query(LeadFilter filter) {
        List<Bson> parts = new ArrayList<>();
        if (filter.status() != null) {
            parts.add(Filters.eq("status", filter.status().wire()));
        }
        if (filter.delivery() != null) {
            parts.add(Filters.eq("api_status", filter.delivery()));
        }
        if (!filter.anyStatus().isEmpty()) {
            parts.add(Filters.in("status", filter.anyStatus()));
        }
        if (!filter.anyDelivery().isEmpty()) {
            parts.add(Filters.in("api_status", filter.anyDelivery()));
        }
        if (filter.product() != null) {
            parts.add(Filters.eq("product_type", filter.product().name()));
        }
        if (filter.form() != null) {
            parts.add(Filters.eq("form_code", filter.form().value()));
        }
        if (filter.departement() != null) {
            parts.add(Filters.eq("departement", filter.departement().code()));
        }
        if (filter.from() != null) {
            parts.add(Filters.gte("created_at", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            parts.add(Filters.lt("created_at", Date.from(filter.to())));
        }
        return parts.isEmpty() ? Filters.empty() : Filters.and(parts);
    }

    private static LeadSummary summary(Document d) {
        Date created = d.getDate("created_at");
        return new LeadSummary(
                String.valueOf(d.get("_id")),
                created == null ? null : created.toInstant(),
                text(d, "phone"),
                text(d, "civilite"),
                text(d, "nom"),
                text(d, "prenom"),
                text(d, "code_postal"),
                text(d, "departement"),
                text(d, "product_type"),
                text(d, "form_code"),
                text(d, "status"),
                text(d, "api_status"),
                text(d, "target_crm_slug"));
    }

    private static String text(Document d, String field) {
        Object value = d.get(field);
        return value == null ? "" : value.toString();
    }

    private MongoCollection<Document> leads() {
        return store.database().getCollection(MongoLeadRepository.COLLECTION);
    }
}
