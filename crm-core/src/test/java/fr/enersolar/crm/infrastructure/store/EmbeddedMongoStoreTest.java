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
import org.bson.Document;
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
}
