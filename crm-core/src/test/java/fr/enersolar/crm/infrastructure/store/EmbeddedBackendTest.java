package fr.enersolar.crm.infrastructure.store;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded backend: its unique indexes (field-by-field keys, and the one-time rebuild of a file
 * the stock backend wrote) and its snapshot reads, through the real MongoDB driver.
 */
class EmbeddedBackendTest {

    private static final int DOCS = 2_000;
    private static final String NS = "enersolar.leads";

    @TempDir Path folder;

    private Path file() {
        return folder.resolve(EmbeddedMongoStore.FILE_NAME);
    }

    /** Runs {@code work} on the leads collection of a server over {@code backend}, then stops. */
    private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.accept(client.getDatabase("enersolar").getCollection("leads"));
        } finally {
            server.shutdownNow(); // closes the backend and its file
        }
    }

    /** A file as the stock backend (earlier versions of the application) wrote it. */
    private void legacyFile() {
        with(
                new H2Backend(file().toString()),
                leads -> {
                    leads.createIndex(
                            Indexes.ascending("_id", "write_token"),
                            new IndexOptions().name("cas").unique(true));
                    leads.createIndex(
                            Indexes.ascending("code"),
                            new IndexOptions().name("code").unique(true));
                    List<Document> docs = new ArrayList<>();
                    for (int i = 0; i < DOCS; i++) {
                        docs.add(
                                new Document("_id", "lead-" + i)
                                        .append("code", i)
                                        .append("write_token", (long) i * 7919));
                    }
                    leads.insertMany(docs);
                });
    }

    private Set<String> mapNames() {
        MVStore store = new MVStore.Builder().fileName(file().toString()).readOnly().open();
        try {
            return store.getMapNames().stream()
                    .filter(n -> n.startsWith(NS + "."))
                    .collect(Collectors.toSet());
        } finally {
            store.close();
        }
    }

    /** Every document found through each unique index, and each index still refusing doubles. */
    private static void assertIndexesServe(MongoCollection<Document> leads, int docs) {
        for (int i = 0; i < docs; i++) {
            Document asRead =
                    new Document("_id", "lead-" + i).append("write_token", (long) i * 7919);
            assertThat(leads.find(asRead).first()).as("lead %d by its version", i).isNotNull();
            assertThat(leads.find(eq("code", i)).first()).as("lead %d by code", i).isNotNull();
        }
        assertThat(leads.countDocuments()).isEqualTo(docs);
        assertDuplicate(() -> leads.insertOne(new Document("_id", "lead-7").append("code", -1)));
        assertDuplicate(() -> leads.insertOne(new Document("_id", "other").append("code", 7)));
        // The compare-and-set the delivery outbox makes: matches once, then no more.
        Document asRead = new Document("_id", "lead-9").append("write_token", 9L * 7919);
        assertThat(leads.updateOne(asRead, Updates.set("write_token", -9L)).getMatchedCount())
                .isEqualTo(1);
        assertThat(leads.updateOne(asRead, Updates.set("write_token", -10L)).getMatchedCount())
                .isZero();
        leads.updateOne(eq("_id", "lead-9"), Updates.set("write_token", 9L * 7919));
    }

    private static void assertDuplicate(Runnable write) {
        assertThatThrownBy(write::run)
                .isInstanceOfSatisfying(
                        MongoWriteException.class,
                        e ->
                                assertThat(e.getError().getCategory())
                                        .isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    /**
     * An aggregation (and the driver's countDocuments, which is one) reads the documents one after
     * the other: over a collection four times bigger than the heap, in a JVM of 48 MB, the counts
     * come out. The stock collection gathered every document first, and ran out of memory.
     */
    @Test
    void anAggregationOverMoreDocumentsThanTheHeapHoldsCounts() throws Exception {
        int docs = 1_000; // 64 MB of filler text, 128 MB as Java strings' UTF-16 would be more
        assertThat(small(file(), "write", docs, "256m").exitCode()).isZero();
        Forked read = small(file(), "read", docs, "48m");
        assertThat(read.exitCode()).as(read.output()).isZero();
        assertThat(read.output()).contains("even=500 invalid_phone=250 pending=750");
    }

    private record Forked(int exitCode, String output) {}

    /** Runs {@link AggregateInASmallHeap} in a JVM of its own with the given maximum heap. */
    private static Forked small(Path file, String mode, int docs, String heap) throws Exception {
        String launcher = ProcessHandle.current().info().command().orElse("java");
        String classPath =
                System.getProperty(
                        "surefire.test.class.path", System.getProperty("java.class.path"));
        Process process =
                new ProcessBuilder(
                                launcher,
                                "-Xmx" + heap,
                                "-cp",
                                classPath,
                                AggregateInASmallHeap.class.getName(),
                                file.toString(),
                                mode,
                                Integer.toString(docs))
                        .redirectErrorStream(true)
                        .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the forked JVM did not finish: " + output);
        }
        return new Forked(process.exitValue(), output);
    }

    @Test
    void aFileOfTheStockBackendHasItsIndexesRebuiltOnceAndServed() {
        legacyFile();
        assertThat(mapNames())
                .contains(NS + "._index_cas", NS + "._index_code", NS + "._index__id_");

        with(EmbeddedBackend.open(file(), 16), leads -> assertIndexesServe(leads, DOCS));
        assertThat(mapNames())
                .contains(NS + "._keys_cas", NS + "._keys_code", NS + "._keys__id_")
                .noneMatch(n -> n.contains("._index_") || n.contains("_building_"));

        // Opened again: the rebuilt maps are used as they are.
        with(EmbeddedBackend.open(file(), 16), leads -> assertIndexesServe(leads, DOCS));
        assertThat(mapNames().stream().filter(n -> n.contains("._keys_"))).hasSize(3);
    }

    @Test
    void aRebuildInterruptedByACrashIsMadeAgainAndALeftOldMapRemoved() {
        legacyFile();
        MVStore store = new MVStore.Builder().fileName(file().toString()).open();
        // "code": a copy cut short (one bogus entry), as a crash during the first opening leaves it
        MVMap<KeyValue, Object> partial =
                store.openMap(
                        NS + "._keys_building_code",
                        new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        partial.put(new KeyValue(123_456), "nowhere");
        // "cas": copied and renamed, the crash before the old map's removal
        EmbeddedBackend.openKeyMap(store, NS, "cas");
        MVMap<Object, Object> stale = store.openMap(NS + "._index_cas");
        stale.put(new KeyValue("stale", 0L), "nowhere");
        store.close();

        with(EmbeddedBackend.open(file(), 16), leads -> assertIndexesServe(leads, DOCS));
        assertThat(mapNames())
                .contains(NS + "._keys_cas", NS + "._keys_code")
                .noneMatch(n -> n.contains("._index_") || n.contains("_building_"));
        MVStore after = new MVStore.Builder().fileName(file().toString()).readOnly().open();
        try {
            for (String index : List.of("code", "cas")) {
                MVMap<KeyValue, Object> map =
                        after.openMap(
                                NS + "._keys_" + index,
                                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
                assertThat(map.sizeAsLong()).as(index).isEqualTo(DOCS);
            }
        } finally {
            after.close();
        }
    }

    @Test
    void aNewFileUsesTheNewMapsAndADroppedIndexLeavesNone() {
        with(
                EmbeddedBackend.open(file(), 16),
                leads -> {
                    leads.createIndex(
                            Indexes.ascending("code"),
                            new IndexOptions().name("code").unique(true));
                    leads.insertOne(new Document("_id", "a").append("code", 1));
                    assertDuplicate(
                            () -> leads.insertOne(new Document("_id", "b").append("code", 1)));
                    leads.dropIndex("code");
                    leads.insertOne(new Document("_id", "b").append("code", 1));
                });
        assertThat(mapNames())
                .contains(NS + "._keys__id_")
                .doesNotContain(NS + "._keys_code")
                .noneMatch(n -> n.contains("._index_"));
    }

    /** Documents of every BSON type the application and the driver write. */
    private static List<Document> varied() {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(
                    new Document("_id", "doc-" + i)
                            .append("text", "Épinay-sur-Seine n°" + i + " \u2013 \uD83D\uDE00")
                            .append("int", i)
                            .append("long", 10_000_000_000L + i)
                            .append("double", i / 3.0)
                            .append("negativeZero", -0.0)
                            .append("flag", i % 2 == 0)
                            .append("date", new Date(1_790_000_000_000L + i))
                            .append("none", null)
                            .append("oid", new ObjectId())
                            .append("uuid", new Binary((byte) 4, new byte[16]))
                            .append("bytes", new Binary(new byte[] {1, 2, (byte) i}))
                            .append("price", new Decimal128(new BigDecimal("1500.25")))
                            .append(
                                    "nested",
                                    new Document("a", List.of(1, "two", new Document("b", 3L))))
                            .append(
                                    "timeline",
                                    List.of(
                                            new Document("at", new Date())
                                                    .append("type", "received"))));
        }
        return docs;
    }

    @Test
    void documentsWrittenAsBsonReadBackAlikeAfterReopening() {
        List<Document> written = varied();
        List<Document> before = new ArrayList<>();
        with(
                EmbeddedBackend.open(file(), 16),
                leads -> {
                    leads.insertMany(written);
                    leads.find().sort(new Document("_id", 1)).into(before);
                });
        MVStore raw = new MVStore.Builder().fileName(file().toString()).readOnly().open();
        try {
            MVMap<Object, Object> data =
                    raw.openMap(
                            "databases." + NS,
                            new MVMap.Builder<Object, Object>().valueType(new RawEntries()));
            assertThat(data.sizeAsLong()).isEqualTo(written.size());
            assertThat(data.values())
                    .as("first byte of each stored entry")
                    .allMatch(first -> (Byte) first == DocumentType.BSON);
        } finally {
            raw.close();
        }
        List<Document> after = new ArrayList<>();
        with(
                EmbeddedBackend.open(file(), 16),
                leads -> leads.find().sort(new Document("_id", 1)).into(after));
        assertThat(after).hasSize(written.size()).isEqualTo(before);
    }

    @Test
    void documentsOfTheStockBackendAreReadAndRewritten() {
        legacyFile();
        with(
                EmbeddedBackend.open(file(), 16),
                leads -> {
                    assertThat(leads.find(eq("_id", "lead-5")).first()).containsEntry("code", 5);
                    leads.updateOne(eq("_id", "lead-5"), Updates.set("note", "rewritten"));
                });
        with(
                EmbeddedBackend.open(file(), 16),
                leads -> {
                    assertThat(leads.find(eq("_id", "lead-5")).first())
                            .containsEntry("code", 5)
                            .containsEntry("note", "rewritten");
                    assertIndexesServe(leads, DOCS);
                });
    }

    /** An H2 value type that reads an entry's first byte only (to see how it was written). */
    private static final class RawEntries extends org.h2.mvstore.type.BasicDataType<Object> {
        @Override
        public int getMemory(Object o) {
            return 16;
        }

        @Override
        public void write(org.h2.mvstore.WriteBuffer buffer, Object o) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Object read(java.nio.ByteBuffer buffer) {
            byte first = buffer.get(buffer.position());
            new DocumentType().read(buffer); // moves past the entry
            return first;
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    /**
     * Readers racing an update that sets a field early in the document and one late in it: each
     * read sees both or neither. The stock backend answers with the stored document, which the
     * update rewrites field by field while the server encodes it for the reader.
     */
    @Test
    void aReadNeverSeesHalfOfAnUpdate() throws Exception {
        with(
                EmbeddedBackend.inMemory(),
                leads -> {
                    Document lead = new Document("_id", "lead").append("early", 0);
                    for (int f = 0; f < 40; f++) {
                        lead.append("field" + f, "value " + f);
                    }
                    leads.insertOne(lead.append("late", 0));
                    AtomicBoolean writing = new AtomicBoolean(true);
                    AtomicLong reads = new AtomicLong();
                    ExecutorService readers = Executors.newFixedThreadPool(3);
                    List<Future<List<String>>> torn = new ArrayList<>();
                    for (int r = 0; r < 3; r++) {
                        torn.add(
                                readers.submit(
                                        () -> {
                                            List<String> seen = new ArrayList<>();
                                            while (writing.get()) {
                                                Document d = leads.find(eq("_id", "lead")).first();
                                                reads.incrementAndGet();
                                                if (!d.get("early").equals(d.get("late"))) {
                                                    seen.add(d.get("early") + "/" + d.get("late"));
                                                }
                                            }
                                            return seen;
                                        }));
                    }
                    try {
                        for (int i = 1; i <= 5_000; i++) {
                            leads.updateOne(
                                    eq("_id", "lead"),
                                    Updates.combine(
                                            Updates.set("early", i), Updates.set("late", i)));
                        }
                    } finally {
                        writing.set(false);
                    }
                    List<String> seen = new ArrayList<>();
                    for (Future<List<String>> f : torn) {
                        try {
                            seen.addAll(f.get());
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }
                    readers.shutdown();
                    assertThat(reads.get()).as("reads made during the updates").isGreaterThan(100);
                    assertThat(seen).as("reads that saw half an update").isEmpty();
                });
    }
}
