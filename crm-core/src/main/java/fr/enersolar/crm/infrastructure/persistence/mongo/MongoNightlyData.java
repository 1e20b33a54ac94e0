package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.application.jobs.CrossCrmFigures;
import fr.enersolar.crm.application.jobs.LeadCheck;
import fr.enersolar.crm.application.jobs.LeadCursor;
import fr.enersolar.crm.application.jobs.LeadRow;
import fr.enersolar.crm.application.jobs.NightlyData;
import fr.enersolar.crm.application.jobs.PageKey;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link NightlyData} on the raw driver: projected cursors in (created_at, _id) order, served by
 * the index {@code leads (created_at, _id)} and fetched {@value #BATCH} rows at a time, and
 * conditional single-document updates (atomic on MongoDB, no transaction needed).
 */
@ApplicationScoped
public class MongoNightlyData implements NightlyData {

    private static final Bson LEAD_FIELDS =
            Projections.include(
                    "created_at",
                    "api_status",
                    "api_response",
                    "target_crm_id",
                    "account_id",
                    "product_type",
                    "departement",
                    "prix_unitaire",
                    "cross_crm",
                    "retried_by",
                    "retried_at",
                    "lease_until",
                    MongoDeliveryQueue.VERSION_FIELD);

    private static final Bson ORDER = Sorts.ascending("created_at", "_id");

    /** Rows per round trip of a cursor. */
    static final int BATCH = 1_000;

    private Supplier<MongoDatabase> database;

    @Inject MongoStore store;

    /** For CDI. */
    public MongoNightlyData() {
        this.database = () -> store.database();
    }

    /** Over a given database (tests, tools). */
    public MongoNightlyData(MongoDatabase database) {
        this.database = () -> database;
    }

    private MongoCollection<Document> collection(String name) {
        return database.get().getCollection(name);
    }

    @Override
    public LeadCursor leadsCreated(Instant from, Instant to, PageKey after) {
        return cursor(window(from, to, after));
    }

    @Override
    public LeadCursor deliveredCrossCrm(Instant from, Instant to, PageKey after) {
        return cursor(
                Filters.and(
                        window(from, to, after),
                        Filters.eq("cross_crm", true),
                        Filters.in("api_status", "success", "duplicate")));
    }

    private static Bson window(Instant from, Instant to, PageKey after) {
        Bson range =
                Filters.and(
                        Filters.gte("created_at", Date.from(from)),
                        Filters.lt("created_at", Date.from(to)));
        if (after == null) {
            return range;
        }
        Date at = Date.from(after.createdAt());
        return Filters.and(
                range,
                Filters.or(
                        Filters.gt("created_at", at),
                        Filters.and(Filters.eq("created_at", at), Filters.gt("_id", after.id()))));
    }

    private LeadCursor cursor(Bson filter) {
        MongoCursor<Document> cursor =
                collection(MongoLeadRepository.COLLECTION)
                        .find(filter)
                        .projection(LEAD_FIELDS)
                        .sort(ORDER)
                        .batchSize(BATCH)
                        .cursor();
        return new LeadCursor() {
            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public LeadRow next() {
                return row(cursor.next());
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }

    private static LeadRow row(Document d) {
        return new LeadRow(
                d.getString("_id"),
                instant(d.getDate("created_at")),
                d.getString("api_status"),
                text(d.get("api_response")),
                d.getString("target_crm_id"),
                d.getString("account_id"),
                d.getString("product_type"),
                d.getString("departement"),
                number(d.get("prix_unitaire")),
                Boolean.TRUE.equals(d.getBoolean("cross_crm")),
                d.getString("retried_by"),
                instant(d.getDate("retried_at")),
                // A lead leased when read is read again at its write (the lease may have ended).
                MongoDeliveryQueue.leaseFree(d, Instant.now())
                                && d.get(MongoDeliveryQueue.VERSION_FIELD) instanceof Number n
                        ? n.longValue()
                        : null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public Map<String, String> accountCrms() {
        Map<String, String> crms = new HashMap<>();
        for (Document d : collection("accounts").find().projection(Projections.include("crm_id"))) {
            if (d.getString("crm_id") != null) {
                crms.put(d.getString("_id"), d.getString("crm_id"));
            }
        }
        return crms;
    }

    @Override
    public boolean requeue(String leadId, Long version, Instant runAt, Instant now) {
        Date at = Date.from(now);
        Bson update =
                Updates.combine(
                        Updates.set("api_status", "queued"),
                        Updates.set("next_attempt_at", at),
                        Updates.unset("lease_owner"),
                        Updates.unset("lease_until"),
                        Updates.set("retried_by", LeadCheck.RETRIED_BY),
                        Updates.set("retried_at", Date.from(runAt)),
                        Updates.inc("retry_count", 1),
                        Updates.push(
                                "timeline",
                                new Document("at", at)
                                        .append("type", "requeued")
                                        .append(
                                                "message",
                                                "Relancé par la vérification nocturne")));
        // Written only if no one wrote the lead since it was read: at once when the reader's
        // version
        // still holds, else read by id and checked here (a query on the status and lease would
        // make the embedded store scan every lead for each re-queue).
        return MongoDeliveryQueue.conditionalUpdate(
                collection(MongoLeadRepository.COLLECTION),
                leadId,
                version,
                d ->
                        "failed".equals(d.getString("api_status"))
                                && MongoDeliveryQueue.leaseFree(d, now),
                update);
    }

    @Override
    public void storeReport(VerificationReport report) {
        collection("verification_reports")
                .replaceOne(
                        Filters.eq("_id", report.id().value()),
                        EntityDocuments.write(report),
                        new ReplaceOptions().upsert(true));
    }

    @Override
    public int replaceDrafts(YearMonth period, List<BillingStatement> statements) {
        MongoCollection<Document> history = collection("billing_history");
        Bson ofPeriod =
                Filters.and(
                        Filters.eq("year", period.getYear()),
                        Filters.eq("month", period.getMonthValue()));
        Map<String, Document> existing = new HashMap<>();
        for (Document d : history.find(ofPeriod)) {
            existing.put(d.getString("from_crm_id") + "|" + d.getString("to_crm_id"), d);
        }
        Set<String> written = new HashSet<>();
        int count = 0;
        for (BillingStatement statement : statements) {
            String pair = statement.from().value() + "|" + statement.to().value();
            written.add(pair);
            Document document = EntityDocuments.write(statement);
            Document current = existing.get(pair);
            if (current == null) {
                history.replaceOne(
                        Filters.eq("_id", document.getString("_id")),
                        document,
                        new ReplaceOptions().upsert(true));
                count++;
            } else if ("draft".equals(current.getString("status"))) {
                document.put("_id", current.get("_id"));
                history.replaceOne(
                        Filters.and(
                                Filters.eq("_id", current.get("_id")),
                                Filters.eq("status", "draft")),
                        document);
                count++;
            }
        }
        for (Map.Entry<String, Document> e : existing.entrySet()) {
            if (!written.contains(e.getKey()) && "draft".equals(e.getValue().getString("status"))) {
                history.deleteOne(
                        Filters.and(
                                Filters.eq("_id", e.getValue().get("_id")),
                                Filters.eq("status", "draft")));
            }
        }
        return count;
    }

    @Override
    public CrossCrmFigures crossCrm(Instant from, Instant to, int detailsLimit) {
        MongoCollection<Document> leads = collection(MongoLeadRepository.COLLECTION);
        Bson delivered =
                Filters.and(
                        window(from, to, null), Filters.in("api_status", "success", "duplicate"));
        Bson cross = Filters.and(delivered, Filters.eq("cross_crm", true));
        long total = leads.countDocuments(delivered);
        Map<String, String> accounts = accountCrms();
        Map<String, long[]> flows = new java.util.TreeMap<>();
        long crossCount = 0;
        for (Document group :
                leads.aggregate(
                        List.of(
                                Aggregates.match(cross),
                                Aggregates.group(
                                        new Document("account", "$account_id")
                                                .append("target", "$target_crm_id"),
                                        Accumulators.sum("count", 1),
                                        Accumulators.sum("amount", "$prix_unitaire"))))) {
            Document key = group.get("_id", Document.class);
            long count = number(group.get("count"));
            crossCount += count;
            String origin = accounts.get(key.getString("account"));
            String destination = key.getString("target");
            if (origin == null || destination == null || origin.equals(destination)) {
                continue;
            }
            long[] sums = flows.computeIfAbsent(origin + "|" + destination, k -> new long[2]);
            sums[0] += count;
            sums[1] += number(group.get("amount"));
        }
        List<CrossCrmFigures.Flow> flowList = new ArrayList<>();
        flows.forEach(
                (k, v) -> {
                    String[] pair = k.split("\\|");
                    flowList.add(new CrossCrmFigures.Flow(pair[0], pair[1], v[0], v[1]));
                });
        List<CrossCrmFigures.Detail> details = new ArrayList<>();
        for (Document d :
                leads.find(cross)
                        .projection(
                                Projections.include(
                                        "phone",
                                        "product_type",
                                        "departement",
                                        "account_id",
                                        "target_crm_id",
                                        "prix_unitaire",
                                        "created_at"))
                        .sort(ORDER)
                        .limit(Math.max(0, detailsLimit))) {
            String phone = d.getString("phone") == null ? "" : d.getString("phone");
            details.add(
                    new CrossCrmFigures.Detail(
                            d.getString("_id"),
                            phone.length() > 4 ? phone.substring(phone.length() - 4) : phone,
                            d.getString("product_type"),
                            d.getString("departement"),
                            accounts.get(d.getString("account_id")),
                            d.getString("target_crm_id"),
                            number(d.get("prix_unitaire")),
                            instant(d.getDate("created_at"))));
        }
        return new CrossCrmFigures(total, crossCount, flowList, details);
    }

    @Override
    public Map<String, CrossCrmFigures.CrmName> crmNames() {
        Map<String, CrossCrmFigures.CrmName> names = new HashMap<>();
        for (Document d :
                collection("crms").find().projection(Projections.include("name", "slug"))) {
            names.put(
                    d.getString("_id"),
                    new CrossCrmFigures.CrmName(d.getString("name"), d.getString("slug")));
        }
        return names;
    }
}
