package fr.enersolar.crm.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's durability: what {@code awaitDurable} covers is in the file, as a process
 * killed at that moment would leave it. The test copies the file while the store is still open and
 * running (no close, no flush on shutdown) and opens the copy as a restarted server would.
 */
class EmbeddedMongoStoreTest {

    @TempDir Path folder;
    @TempDir Path crashed;

    @Test
    void acknowledgedWritesAreInTheFileOnceAwaitDurableReturns() throws Exception {
        EmbeddedMongoStore store = EmbeddedMongoStore.start(folder, 0);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> leads =
                    client.getDatabase("enersolar").getCollection("leads");
            // 8 writers, each making its 100 writes durable one by one: the commits are shared.
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                done.add(
                        writers.submit(
                                () -> {
                                    for (int i = 0; i < 100; i++) {
                                        leads.insertOne(new Document("_id", writer + "-" + i));
                                        store.awaitDurable();
                                    }
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            leads.insertOne(new Document("_id", "last"));
            store.awaitDurable();

            // "kill -9" now: the file as it is on disk, the store still open.
            Path copy = crashed.resolve(EmbeddedMongoStore.FILE_NAME);
            Files.copy(folder.resolve(EmbeddedMongoStore.FILE_NAME), copy);
            MongoServer restarted = new MongoServer(EmbeddedBackend.open(copy, 16));
            try (MongoClient after =
                    MongoClients.create("mongodb://127.0.0.1:" + restarted.bind().getPort())) {
                MongoCollection<Document> found =
                        after.getDatabase("enersolar").getCollection("leads");
                assertThat(found.countDocuments()).isEqualTo(801);
                assertThat(found.find(new Document("_id", "last")).first()).isNotNull();
            } finally {
                restarted.shutdownNow();
            }
        } finally {
            store.close();
        }
    }

    @Test
    void journaledInsertsSurviveACrashThatNoCommitCovered() throws Exception {
        // No background commit: the file holds nothing of what follows, only the journal does.
        EmbeddedMongoStore store = EmbeddedMongoStore.start(folder, 0, 16, false);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> leads =
                    client.getDatabase("enersolar").getCollection("leads");
            for (int batch = 0; batch < 30; batch++) {
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    documents.add(
                            new Document("_id", batch + "-" + i)
                                    .append("phone", "06" + batch + i)
                                    .append("at", new java.util.Date(1_700_000_000_000L + i)));
                }
                leads.insertMany(documents);
                store.awaitDurable("enersolar", "leads", raw(documents));
            }
            leads.insertOne(new Document("_id", "never-journaled"));
            crash(folder, crashed);
        } finally {
            store.close();
        }

        afterRestart(
                crashed,
                leads -> {
                    assertThat(leads.countDocuments()).isEqualTo(300);
                    assertThat(leads.find(new Document("_id", "never-journaled")).first()).isNull();
                    Document one = leads.find(new Document("_id", "29-9")).first();
                    assertThat(one.getString("phone")).isEqualTo("06299");
                    assertThat(one.getDate("at")).isEqualTo(new java.util.Date(1_700_000_000_009L));
                });
        // The replay was committed and its journal deleted: a second start finds the same leads.
        assertThat(InsertJournal.segments(crashed)).isEmpty();
        afterRestart(crashed, leads -> assertThat(leads.countDocuments()).isEqualTo(300));
    }

    @Test
    void aRecordCutByTheCrashIsIgnoredAndACommittedOneNotRepeated() throws Exception {
        EmbeddedMongoStore store = EmbeddedMongoStore.start(folder, 0, 16, false);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> leads =
                    client.getDatabase("enersolar").getCollection("leads");
            Document committed = new Document("_id", "committed").append("status", "pending");
            leads.insertOne(committed);
            store.awaitDurable("enersolar", "leads", raw(List.of(committed)));
            store.awaitDurable(); // the file has it; its journal segment is gone
            assertThat(InsertJournal.segments(folder)).hasSize(1);
            // Changed and committed since: a replay of its insert must not bring it back as
            // inserted.
            leads.updateOne(
                    new Document("_id", "committed"),
                    new Document("$set", new Document("status", "sent")));
            store.awaitDurable();
            Document journaled = new Document("_id", "journaled");
            leads.insertOne(journaled);
            store.awaitDurable("enersolar", "leads", raw(List.of(journaled)));
            crash(folder, crashed);
        } finally {
            store.close();
        }
        Path last = InsertJournal.segments(crashed).lastEntry().getValue();
        // A record a commit covered is still in the journal when H2's own background commit (which
        // does not rotate the journal) wrote the file: here, the first insert of "committed".
        Files.write(
                last,
                InsertJournal.record(
                        "enersolar.leads",
                        raw(new Document("_id", "committed").append("status", "pending"))),
                java.nio.file.StandardOpenOption.APPEND);
        byte[] cut = InsertJournal.record("enersolar.leads", raw(new Document("_id", "cut")));
        Files.write(
                last,
                java.util.Arrays.copyOf(cut, cut.length / 2),
                java.nio.file.StandardOpenOption.APPEND);

        afterRestart(
                crashed,
                leads -> {
                    assertThat(leads.countDocuments()).isEqualTo(2);
                    assertThat(
                                    leads.find(new Document("_id", "committed"))
                                            .first()
                                            .getString("status"))
                            .isEqualTo("sent");
                    assertThat(leads.find(new Document("_id", "journaled")).first()).isNotNull();
                    assertThat(leads.find(new Document("_id", "cut")).first()).isNull();
                });
    }

    /** Starts the store of {@code folder} as after a crash and checks its leads. */
    private static void afterRestart(Path folder, Consumer<MongoCollection<Document>> check) {
        EmbeddedMongoStore restarted = EmbeddedMongoStore.start(folder, 0, 16, false);
        try (MongoClient client = MongoClients.create(restarted.connectionString())) {
            check.accept(client.getDatabase("enersolar").getCollection("leads"));
        } finally {
            restarted.close();
        }
    }

    /** "kill -9" now: the store's file and journal as they are on disk, the store still open. */
    private static void crash(Path from, Path to) throws Exception {
        Files.copy(
                from.resolve(EmbeddedMongoStore.FILE_NAME),
                to.resolve(EmbeddedMongoStore.FILE_NAME));
        for (Path segment : InsertJournal.segments(from).values()) {
            Files.copy(segment, to.resolve(segment.getFileName()));
        }
    }

    @Test
    void aRecordIsTheBsonOfItsNamespaceAndDocumentAfterItsLengthAndChecksum() {
        Document lead =
                new Document("_id", "0190-a")
                        .append("nom", "Lefèvre")
                        .append("at", new java.util.Date(1_700_000_000_000L))
                        .append("timeline", List.of(new Document("event", "received")));
        byte[] record = InsertJournal.record("enersolar.leads", raw(lead));

        java.nio.ByteBuffer header =
                java.nio.ByteBuffer.wrap(record, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int length = header.getInt();
        assertThat(length).isEqualTo(record.length - 8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(record, 8, length);
        assertThat(header.getInt()).isEqualTo((int) crc.getValue());
        RawBsonDocument body = new RawBsonDocument(record, 8, length);
        assertThat(body.keySet()).containsExactly("ns", "doc");
        assertThat(body.getString("ns").getValue()).isEqualTo("enersolar.leads");
        assertThat(body.getDocument("doc")).isEqualTo(raw(lead));
    }

    private static RawBsonDocument raw(Document document) {
        return new RawBsonDocument(document, new DocumentCodec());
    }

    private static List<RawBsonDocument> raw(List<Document> documents) {
        return documents.stream().map(EmbeddedMongoStoreTest::raw).toList();
    }
}
