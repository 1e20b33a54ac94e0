package fr.enersolar.crm.infrastructure.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend with unique-index maps whose keys compare field by field.
 *
 * <p>The stock backend keeps each unique index (the {@code _id} of every collection, and the
 * application's unique indexes) in an H2 map whose keys ({@link KeyValue}) H2 can only compare by
 * Java-serialising both at every step of a lookup or an insert: about a millisecond per write of a
 * lead, which is what bounded intake, delivery and the nightly re-queue on the embedded store. Here
 * the same maps use {@link KeyValueType}, which compares the values directly and writes them
 * exactly as before.
 *
 * <p>The order of the keys changes, so a file written by the stock backend cannot be read through
 * the new comparison as it is: each such index map is copied once, at the first opening, into a map
 * of a new name ({@code ._keys_} instead of {@code ._index_}), which then replaces it. The copy is
 * made under a temporary name and renamed when complete, so an interrupted copy is started again at
 * the next opening, never used half made.
 *
 * <p>Its collections store their documents as BSON ({@link DocumentType}) rather than
 * Java-serialised, and never change a stored document in place ({@link SnapshotCollection}): with
 * the stock ones a read could see half of a concurrent update; they keep no running total of their
 * size.
 */
public final class EmbeddedBackend extends H2Backend {

    private static final Logger LOG = Logger.getLogger(EmbeddedBackend.class.getName());

    static final String LEGACY_INFIX = "._index_";
    static final String INFIX = "._keys_";
    static final String BUILDING_INFIX = "._keys_building_";

    private EmbeddedBackend(MVStore store) {
        super(store);
    }

    /** Opens (or creates) the store file with a page cache of {@code cacheMb} megabytes. */
    public static EmbeddedBackend open(Path file, int cacheMb) {
        return open(builder(file, cacheMb));
    }

    /**
     * The same for a bulk load: no background commit, the loader calls {@link #commit()} (a
     * background commit every second slowed a seed of 1,000,000 leads to a few hundred per second).
     */
    public static EmbeddedBackend openForBulkLoad(Path file, int cacheMb) {
        return open(builder(file, cacheMb).autoCommitDisabled());
    }

    /** An in-memory store (tests). */
    public static EmbeddedBackend inMemory() {
        return open(new MVStore.Builder());
    }

    // H2's types stay out of the public methods: this module's jar carries H2 relocated.
    private static MVStore.Builder builder(Path file, int cacheMb) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(Math.max(1, cacheMb));
    }

    private static EmbeddedBackend open(MVStore.Builder builder) {
        return new EmbeddedBackend(builder.open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * A database whose unique indexes use {@link KeyValueType}. An inner class: the superclass
     * constructor opens the existing indexes, before a field of this class could be set, and the
     * enclosing backend is already there.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(
                    name,
                    EmbeddedBackend.this.getMvStore(),
                    EmbeddedBackend.this.getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(
                String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<KeyValue, Object> map =
                    openKeyMap(EmbeddedBackend.this.getMvStore(), namespace, indexName);
            return new UniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(
                String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = EmbeddedBackend.this.getMvStore();
            return new SnapshotCollection(
                    this,
                    collectionName,
                    options,
                    store.openMap(
                            "databases." + namespace,
                            new MVMap.Builder<Object, Document>().valueType(new DocumentType())),
                    store.openMap("meta." + namespace),
                    EmbeddedBackend.this.getCursorRegistry());
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName); // also removes a legacy map of that name
            String namespace = getFullCollectionNamespace(collection.getCollectionName());
            removeIfPresent(EmbeddedBackend.this.getMvStore(), namespace + INFIX + indexName);
        }
    }

    /**
     * The index map of {@code namespace} and {@code indexName}, with field-by-field keys; a legacy
     * map of the stock backend is copied into it first.
     */
    static MVMap<KeyValue, Object> openKeyMap(MVStore store, String namespace, String indexName) {
        String name = namespace + INFIX + indexName;
        String legacy = namespace + LEGACY_INFIX + indexName;
        String building = namespace + BUILDING_INFIX + indexName;
        removeIfPresent(store, building); // a copy interrupted by a crash: made again below
        if (store.hasMap(name)) {
            removeIfPresent(store, legacy); // the copy was renamed, the old map not yet removed
            return store.openMap(name, keyMapBuilder());
        }
        if (!store.hasMap(legacy)) {
            return store.openMap(name, keyMapBuilder());
        }
        long started = System.nanoTime();
        MVMap<Object, Object> old = store.openMap(legacy);
        MVMap<KeyValue, Object> copy = store.openMap(building, keyMapBuilder());
        long copied = 0;
        for (Map.Entry<Object, Object> entry : old.entrySet()) {
            Object before = copy.put((KeyValue) entry.getKey(), entry.getValue());
            if (before != null) {
                // Two keys of equal values the stock comparison told apart (a value repeated as
                // one instance serialises as a back-reference): the index kept both documents.
                LOG.warning(
                        () ->
                                "Index "
                                        + legacy
                                        + ": key "
                                        + entry.getKey()
                                        + " held two documents ("
                                        + before
                                        + ", "
                                        + entry.getValue()
                                        + "); the second is kept");
            }
            copied++;
        }
        store.renameMap(copy, name);
        store.removeMap(old);
        long entries = copied;
        LOG.info(
                () ->
                        "Index "
                                + legacy
                                + " rebuilt with field-by-field keys as "
                                + name
                                + ": "
                                + entries
                                + " entries in "
                                + (System.nanoTime() - started) / 1_000_000
                                + " ms");
        return copy;
    }

    private static MVMap.Builder<KeyValue, Object> keyMapBuilder() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType());
    }

    private static void removeIfPresent(MVStore store, String name) {
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
    }

    /**
     * The stock H2 collection, whose stored documents are never changed once stored.
     *
     * <p>mongo-java-server applies an update by rewriting the document its query found in place,
     * field by field, under the collection's lock; but a query answers with the stored documents
     * themselves, which the server encodes for the client after that lock is released. A read
     * concurrent with an update could then see some of the update's fields and not others (a new
     * version token without the lease it came with, say), or fail on a concurrent modification.
     * Here the queries an update or a find-and-modify makes find copies: the update rewrites its
     * copy, which then replaces the stored document in the map, and a reader holding the stored one
     * has the document as it was between two writes, as MongoDB answers. Plain reads pay nothing
     * (an earlier version copied every answer, which slowed the leads pages by a third).
     */
    private static final class SnapshotCollection extends H2Collection {

        /** Depth of the updates in progress on this thread (they may nest). */
        private static final ThreadLocal<int[]> UPDATING =
                ThreadLocal.withInitial(() -> new int[1]);

        SnapshotCollection(
                MongoDatabase database,
                String name,
                CollectionOptions options,
                MVMap<Object, Document> data,
                MVMap<String, Object> meta,
                CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        /**
         * No running total of the collection's BSON size: the stock collection re-encodes every
         * document it inserts, updates or removes to keep one (a quarter of the store's work per
         * inserted lead) and writes it to the collection's metadata at each write. Only {@code
         * collStats}' {@code size} and {@code avgObjSize} report it, and nothing here reads them.
         */
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        /**
         * The documents one after the other, for the aggregations (the driver's {@code
         * countDocuments} is one): the stock collection first gathered every document into a list,
         * so that the health report's counts over 170,000 leads (14 KB each once decoded) exhausted
         * a 2 GB heap, and the server with it. The map's iterator reads a consistent version, and a
         * stored document is never changed in place (updates replace it, see above).
         */
        @Override
        public Stream<Document> queryAllAsStream() {
            return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
        }

        @Override
        public synchronized Document updateDocuments(
                Document selector,
                Document update,
                ArrayFilters arrayFilters,
                boolean multi,
                boolean upsert,
                Oplog oplog) {
            int[] depth = UPDATING.get();
            depth[0]++;
            try {
                return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
            } finally {
                depth[0]--;
            }
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            int[] depth = UPDATING.get();
            depth[0]++;
            try {
                return super.findAndModify(query);
            } finally {
                depth[0]--;
            }
        }

        @Override
        protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
            if (UPDATING.get()[0] == 0) {
                return super.createQueryResult(matched, batchSize);
            }
            List<Document> copies = new ArrayList<>(matched.size());
            for (Document document : matched) {
                copies.add(new Document(document));
            }
            return super.createQueryResult(copies, batchSize);
        }
    }

    /** The stock H2 unique index, over a map of field-by-field keys. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        UniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
