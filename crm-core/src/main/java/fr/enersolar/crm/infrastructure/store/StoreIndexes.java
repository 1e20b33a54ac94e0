package fr.enersolar.crm.infrastructure.store;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import fr.enersolar.crm.infrastructure.store.IndexSpec.Key;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.bson.Document;

/**
 * Creates the indexes every lookup relies on: a unique index on each business code, so the store
 * itself refuses a second {@code LP-001}, and an index on each key the repositories filter or sort
 * by. Safe to call at every start: existing indexes are left as they are.
 */
@ApplicationScoped
public class StoreIndexes {

    private static final Logger LOG = Logger.getLogger(StoreIndexes.class.getName());

    /** IndexOptionsConflict and IndexKeySpecsConflict: same keys, other name or options. */
    private static final List<Integer> CONFLICTS = List.of(85, 86);

    @Inject MongoStore store;

    /** Every index of the application, by collection. */
    public static List<IndexSpec> all() {
        return List.of(
                IndexSpec.unique("lps", Key.asc("code")),
                IndexSpec.unique("forms", Key.asc("code")),
                IndexSpec.unique("crms", Key.asc("slug")),
                IndexSpec.unique("sessions", Key.asc("token_hash")),
                IndexSpec.unique("users", Key.asc("email")),
                IndexSpec.unique("diffusion_sources", Key.asc("slug")),
                IndexSpec.unique("product_types", Key.asc("code")),
                // Serves lookups by form_code alone too (prefix), and the funnel's finished count.
                IndexSpec.of("leads", Key.asc("form_code"), Key.asc("api_status")),
                IndexSpec.of("leads", Key.asc("status")),
                IndexSpec.of("leads", Key.asc("account_id")),
                // The staff lists (newest first, id breaking ties): one index per filter, each
                // already in the list's order, so a page reads only its own rows.
                IndexSpec.of("leads", Key.desc("created_at"), Key.desc("_id")),
                newestFirst("leads", "api_status"),
                newestFirst("leads", "target_crm_id"),
                newestFirst("leads", "departement"),
                newestFirst("leads", "product_type"),
                newestFirst("leads", "form_code"),
                // The staff search: surname prefixes and exact e-mails (phones use the index
                // below).
                IndexSpec.of("leads", Key.asc("nom")),
                IndexSpec.of("leads", Key.asc("email")),
                IndexSpec.of("leads_archived", Key.desc("created_at"), Key.desc("_id")),
                // The delivery outbox's claims, and the caps' usage counts.
                IndexSpec.of("leads", Key.asc("api_status"), Key.asc("next_attempt_at")),
                // The outbox's compare-and-set on {_id, write_token} (MongoDeliveryQueue): unique
                // by its _id, it lets the embedded store, which uses an index only for a query on
                // exactly its keys, answer that write without reading every lead.
                IndexSpec.unique("leads", Key.asc("_id"), Key.asc("write_token")),
                IndexSpec.of("leads", Key.asc("commande_id"), Key.asc("routed_at")),
                IndexSpec.of(
                        "leads",
                        Key.asc("phone_e164"),
                        Key.asc("product_type"),
                        Key.asc("created_at")),
                IndexSpec.of("leads", Key.asc("phone"), Key.asc("form_id"), Key.desc("created_at")),
                IndexSpec.of("tracking", Key.asc("lp_code"), Key.asc("event")),
                IndexSpec.of("tracking", Key.asc("form_code"), Key.asc("event")),
                IndexSpec.of("tracking", Key.desc("created_at")),
                IndexSpec.of("tracking", Key.asc("session_id")),
                IndexSpec.of("visitor_sessions", Key.desc("last_seen_at")),
                IndexSpec.of("visitor_sessions", Key.asc("lp_code"), Key.desc("created_at")),
                IndexSpec.of(
                        "commandes", Key.asc("crm_id"), Key.asc("active"), Key.asc("product_type")),
                IndexSpec.of("sessions", Key.asc("user_id")),
                IndexSpec.of("sessions", Key.asc("expires_at")),
                IndexSpec.of("lps", Key.asc("account_id")),
                IndexSpec.of("lps", Key.asc("form_id")),
                IndexSpec.of("forms", Key.asc("account_id")),
                IndexSpec.of("forms", Key.asc("lp_id")),
                IndexSpec.of("activity_logs", Key.desc("created_at")),
                IndexSpec.of("activity_logs", Key.asc("user_id"), Key.desc("created_at")),
                IndexSpec.of("activity_logs", Key.asc("entity_type"), Key.desc("created_at")),
                IndexSpec.of("activity_logs", Key.asc("action"), Key.desc("created_at")),
                IndexSpec.unique(
                        "billing_history",
                        Key.asc("year"),
                        Key.asc("month"),
                        Key.asc("from_crm_id"),
                        Key.asc("to_crm_id")),
                IndexSpec.of("verification_reports", Key.desc("run_at")),
                IndexSpec.unique("sandbox_receipts", Key.asc("partner"), Key.asc("phone")),
                IndexSpec.of("sandbox_receipts", Key.asc("partner"), Key.desc("received_at")),
                IndexSpec.of("images", Key.asc("category"), Key.desc("created_at")),
                IndexSpec.of("images", Key.desc("created_at")));
    }

    /** {@code {field: 1, created_at: -1, _id: -1}}: equality on the field, newest first. */
    private static IndexSpec newestFirst(String collection, String field) {
        return IndexSpec.of(collection, Key.asc(field), Key.desc("created_at"), Key.desc("_id"));
    }

    /**
     * The indexes a store keeps: all of them on MongoDB; on the embedded store the unique ones
     * only. mongo-java-server keeps no data for a secondary index: it records it, ignores it, and
     * reads every document of its collection for it at each {@code createIndex} and each time the
     * store file is opened (about 38 s per index with 1,000,000 leads: a restart took over ten
     * minutes).
     */
    public static List<IndexSpec> kept(boolean embedded) {
        return all().stream().filter(spec -> !embedded || spec.unique()).toList();
    }

    /**
     * Creates the missing indexes of {@link #kept}; a no-op when they all exist. An index already
     * listed with the same name, keys and uniqueness is not asked for again. On the embedded store,
     * the secondary indexes an earlier version asked for are dropped.
     */
    public void ensure() {
        boolean embedded = store.embedded();
        Map<String, List<Document>> present = new HashMap<>();
        for (IndexSpec spec : all()) {
            MongoCollection<Document> collection =
                    store.database().getCollection(spec.collection());
            boolean listed =
                    present
                            .computeIfAbsent(
                                    spec.collection(),
                                    c -> collection.listIndexes().into(new ArrayList<>()))
                            .stream()
                            .anyMatch(index -> sameIndex(spec, index));
            if (embedded && !spec.unique()) {
                if (listed) {
                    LOG.info(() -> "Dropping " + spec.name() + ", not kept by the embedded store");
                    collection.dropIndex(spec.name());
                }
            } else if (!listed) {
                create(spec);
            }
        }
    }

    private static boolean sameIndex(IndexSpec spec, Document index) {
        return spec.name().equals(index.getString("name"))
                && spec.keys().equals(index.get("key", Document.class))
                && spec.unique() == index.getBoolean("unique", false);
    }

    private void create(IndexSpec spec) {
        MongoCollection<Document> collection = store.database().getCollection(spec.collection());
        IndexOptions options = new IndexOptions().name(spec.name()).unique(spec.unique());
        try {
            collection.createIndex(spec.keys(), options);
        } catch (MongoCommandException e) {
            if (!CONFLICTS.contains(e.getErrorCode())) {
                throw e;
            }
            // A database migrated from the seed has a non-unique index on the same keys
            // (lps.code, forms.code): replace it by ours.
            LOG.warning(() -> "Replacing index " + spec.name() + ": " + e.getErrorMessage());
            for (Document existing : collection.listIndexes()) {
                if (spec.keys().equals(existing.get("key", Document.class))) {
                    collection.dropIndex(existing.getString("name"));
                }
            }
            collection.createIndex(spec.keys(), options);
        }
    }
}
