package fr.enersolar.crm.infrastructure.persistence.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import fr.enersolar.crm.application.leads.DepartementBreakdown;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadStatistics;
import fr.enersolar.crm.application.leads.ProductCounts;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Lead statistics as MongoDB aggregations: one {@code $facet} pass over the selected leads for the
 * département breakdown, one {@code $bucket} pass for the timeline, index counts for the global
 * figures. Only the groups travel back, never the leads.
 */
@ApplicationScoped
public class MongoLeadStatistics implements LeadStatistics {

    /** More départements than exist, so a lead with a malformed code cannot crowd one out. */
    private static final int MAX_DEPARTEMENTS = 200;

    private static final int MAX_STATUSES = 100;

    @Inject MongoStore store;

    @Override
    public long total() {
        return leads().estimatedDocumentCount();
    }

    @Override
    public Map<String, Long> countByStatus(List<String> statuses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : statuses) {
            counts.put(status, leads().countDocuments(eq("api_status", status)));
        }
        return counts;
    }

    @Override
    public DepartementBreakdown breakdown(LeadCriteria criteria) {
        Document facets =
                leads().aggregate(
                                List.of(
                                        Aggregates.match(LeadFilters.of(criteria)),
                                        new Document(
                                                "$facet",
                                                new Document(
                                                                "departements",
                                                                grouped(
                                                                        "$departement",
                                                                        MAX_DEPARTEMENTS))
                                                        .append(
                                                                "sources",
                                                                grouped(
                                                                        source(),
                                                                        DepartementBreakdown
                                                                                .MAX_SOURCES))
                                                        .append(
                                                                "products",
                                                                counted(
                                                                        "$product_type",
                                                                        MAX_STATUSES))
                                                        .append(
                                                                "statuses",
                                                                counted(
                                                                        "$api_status",
                                                                        MAX_STATUSES)))))
                        .first();
        Map<String, Long> products = counts(facets, "products");
        long total = products.values().stream().mapToLong(Long::longValue).sum();
        return new DepartementBreakdown(
                total,
                productCounts(facets, "departements"),
                products,
                productCounts(facets, "sources"),
                counts(facets, "statuses"));
    }

    @Override
    public List<ProductCounts> perInterval(LeadCriteria criteria, List<Instant> starts) {
        if (starts.size() < 2) {
            throw new IllegalArgumentException("at least one interval is needed");
        }
        List<Date> boundaries = starts.stream().map(Date::from).toList();
        Document output = new Document("total", new Document("$sum", 1));
        for (ProductType p : ProductType.values()) {
            output.append(p.name(), countIf(p));
        }
        Map<Date, ProductCounts> byStart = new LinkedHashMap<>();
        LeadCriteria inRange = criteria.between(starts.get(0), starts.get(starts.size() - 1));
        leads().aggregate(
                        List.of(
                                Aggregates.match(LeadFilters.of(inRange)),
                                new Document(
                                        "$bucket",
                                        new Document("groupBy", "$created_at")
                                                .append("boundaries", boundaries)
                                                .append("output", output))))
                .forEach(bucket -> byStart.put(bucket.getDate("_id"), productCounts(bucket)));
        List<ProductCounts> counts = new ArrayList<>();
        for (int i = 0; i < boundaries.size() - 1; i++) {
            counts.add(byStart.getOrDefault(boundaries.get(i), ProductCounts.none()));
        }
        return counts;
    }

    /** Counts per key and per product, the largest first, at most {@code max} keys. */
    private static List<Document> grouped(Object key, int max) {
        Document group = new Document("_id", key).append("total", new Document("$sum", 1));
        for (ProductType p : ProductType.values()) {
            group.append(p.name(), countIf(p));
        }
        return List.of(
                new Document("$group", group),
                new Document("$sort", new Document("total", -1).append("_id", 1)),
                new Document("$limit", max));
    }

    private static List<Document> counted(String key, int max) {
        return List.of(
                new Document(
                        "$group",
                        new Document("_id", key).append("total", new Document("$sum", 1))),
                new Document("$sort", new Document("total", -1).append("_id", 1)),
                new Document("$limit", max));
    }

    private static Document countIf(ProductType product) {
        return new Document(
                "$sum",
                new Document(
                        "$cond",
                        List.of(
                                new Document("$eq", List.of("$product_type", product.name())),
                                1,
                                0)));
    }

    /** The seed's source: {@code source}, else {@code utm_source}, else {@code Direct}. */
    private static Document source() {
        return new Document(
                "$cond",
                List.of(
                        nonEmpty("$source"),
                        "$source",
                        new Document(
                                "$cond",
                                List.of(nonEmpty("$utm_source"), "$utm_source", "Direct"))));
    }

    private static Document nonEmpty(String field) {
        return new Document("$gt", List.of(new Document("$ifNull", List.of(field, "")), ""));
    }

    private static Map<String, ProductCounts> productCounts(Document facets, String facet) {
        Map<String, ProductCounts> result = new LinkedHashMap<>();
        for (Document group : facets.getList(facet, Document.class, List.of())) {
            result.put(key(group), productCounts(group));
        }
        return result;
    }

    private static ProductCounts productCounts(Document group) {
        Map<ProductType, Long> perProduct = new EnumMap<>(ProductType.class);
        for (ProductType p : ProductType.values()) {
            perProduct.put(p, number(group.get(p.name())));
        }
        return new ProductCounts(number(group.get("total")), perProduct);
    }

    private static Map<String, Long> counts(Document facets, String facet) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Document group : facets.getList(facet, Document.class, List.of())) {
            result.merge(key(group), number(group.get("total")), Long::sum);
        }
        return result;
    }

    private static String key(Document group) {
        Object key = group.get("_id");
        return key == null ? "" : key.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private MongoCollection<Document> leads() {
        return store.database().getCollection(MongoLeadRepository.COLLECTION);
    }
}
