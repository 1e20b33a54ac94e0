package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** Counting done by the store, so figures never need the documents in memory. */
final class Aggregations {

    private Aggregations() {}

    /** How many documents have each value of {@code field}; a missing value counts under "". */
    static Map<String, Long> countBy(MongoCollection<Document> collection, String field) {
        Map<String, Long> counts = new TreeMap<>();
        collection
                .aggregate(List.of(Aggregates.group("$" + field, Accumulators.sum("count", 1L))))
                .forEach(
                        group -> {
                            Object key = group.get("_id");
                            counts.merge(
                                    key == null ? "" : key.toString(),
                                    group.get("count", Number.class).longValue(),
                                    Long::sum);
                        });
        return counts;
    }
}
