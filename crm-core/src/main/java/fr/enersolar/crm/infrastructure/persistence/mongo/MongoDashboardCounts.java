package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BucketOptions;
import com.mongodb.client.model.Filters;
import fr.enersolar.crm.application.dashboard.DashboardCounts;
import fr.enersolar.crm.application.dashboard.LeadDimension;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The dashboard's counts on the {@code leads} collection: range counts on {@code created_at} (its
 * descending index serves them on MongoDB), one {@code $bucket} aggregation for the days, one
 * {@code $group} per breakdown.
 */
@ApplicationScoped
public class MongoDashboardCounts implements DashboardCounts {

    private static final String CREATED_AT = "created_at";

    @Inject MongoStore store;

    @Override
    public long receivedSince(Instant since) {
        return leads().countDocuments(Filters.gte(CREATED_AT, Date.from(since)));
    }

    @Override
    public List<Long> receivedPerInterval(List<Instant> boundaries) {
        if (boundaries.size() < 2) {
            throw new IllegalArgumentException("at least one interval is needed");
        }
        List<Date> dates = new ArrayList<>(boundaries.size());
        for (Instant boundary : boundaries) {
            Date date = Date.from(boundary);
            if (!dates.isEmpty() && !dates.get(dates.size() - 1).before(date)) {
                throw new IllegalArgumentException("boundaries must increase: " + boundaries);
            }
            dates.add(date);
        }
        Map<Long, Long> byStart = new HashMap<>();
        leads().aggregate(
                        List.of(
                                Aggregates.match(
                                        Filters.and(
                                                Filters.gte(CREATED_AT, dates.get(0)),
                                                Filters.lt(
                                                        CREATED_AT, dates.get(dates.size() - 1)))),
                                Aggregates.bucket(
                                        "$" + CREATED_AT,
                                        dates,
                                        new BucketOptions()
                                                .defaultBucket("other")
                                                .output(Accumulators.sum("count", 1L)))))
                .forEach(
                        bucket -> {
                            if (bucket.get("_id") instanceof Date start) {
                                byStart.put(
                                        start.getTime(),
                                        bucket.get("count", Number.class).longValue());
                            }
                        });
        List<Long> counts = new ArrayList<>(dates.size() - 1);
        for (int i = 0; i < dates.size() - 1; i++) {
            counts.add(byStart.getOrDefault(dates.get(i).getTime(), 0L));
        }
        return counts;
    }

    @Override
    public Map<String, Long> receivedSinceBy(LeadDimension dimension, Instant since) {
        Map<String, Long> counts = new TreeMap<>();
        leads().aggregate(
                        List.of(
                                Aggregates.match(Filters.gte(CREATED_AT, Date.from(since))),
                                Aggregates.group(
                                        "$" + field(dimension), Accumulators.sum("count", 1L))))
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

    private static String field(LeadDimension dimension) {
        return switch (dimension) {
            case PRODUCT -> "product_type";
            case STATUS -> "status";
            case DELIVERY -> "api_status";
            case TARGET_CRM -> "target_crm_slug";
        };
    }

    private MongoCollection<Document> leads() {
        return store.database().getCollection(MongoLeadRepository.COLLECTION);
    }
}
