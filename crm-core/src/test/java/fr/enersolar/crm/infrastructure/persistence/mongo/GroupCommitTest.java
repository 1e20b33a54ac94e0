package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class GroupCommitTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject MongoStore store;

    private MongoCollection<Document> collection;

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        collection = store.database().getCollection("group_commit_test");
    }

    @Test
    void aLoneInsertIsWrittenAtOnce() {
        GroupCommit<Document> commits = new GroupCommit<>(() -> collection, 8);

        commits.insert(new Document("_id", "a").append("n", 1));

        assertThat(collection.countDocuments()).isEqualTo(1);
    }

    @Test
    void concurrentInsertsAreEachStoredOnceAndAcknowledgedBeforeTheyReturn() throws Exception {
        GroupCommit<Document> commits = new GroupCommit<>(() -> collection, 16);
        int threads = 16;
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger notVisibleOnReturn = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(
                    pool.submit(
                            () -> {
                                start.await();
                                for (int i = 0; i < each; i++) {
                                    String id = thread + "-" + i;
                                    commits.insert(new Document("_id", id));
                                    if (collection.countDocuments(new Document("_id", id)) != 1) {
                                        notVisibleOnReturn.incrementAndGet();
                                    }
                                }
                                return null;
                            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(collection.countDocuments()).isEqualTo((long) threads * each);
        assertThat(notVisibleOnReturn).hasValue(0);
    }

    @Test
    void aRefusedDocumentFailsOnlyItsOwnCaller() throws Exception {
        collection.insertOne(new Document("_id", "taken"));
        GroupCommit<Document> commits = new GroupCommit<>(() -> collection, 64);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String id = t == 3 ? "taken" : "free-" + t;
            results.add(
                    pool.submit(
                            () -> {
                                start.await();
                                try {
                                    commits.insert(new Document("_id", id));
                                    return "ok";
                                } catch (MongoWriteException e) {
                                    return MongoErrors.isDuplicateKey(e) ? "duplicate" : "other";
                                }
                            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> r : results) {
            outcomes.add(r.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(outcomes.get(3)).isEqualTo("duplicate");
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(7);
        assertThat(collection.countDocuments()).isEqualTo(8);
    }

    /** An error the test throws inside a batch. */
    private static final class Boom extends Error {}

    /**
     * Two callers' documents in one batch whose write ends in an {@link Error}: the caller writing
     * the batch gets the error, the other one an exception; neither returns as acknowledged.
     */
    @Test
    void anErrorInABatchFailsEveryCallerInItInsteadOfAcknowledgingThem() throws Exception {
        CountDownLatch othersWaiting = new CountDownLatch(1);
        List<List<Object>> batches = new CopyOnWriteArrayList<>();
        GroupCommit<Document> commits =
                new GroupCommit<>(
                        () -> collection,
                        8,
                        documents -> {
                            batches.add(documents.stream().map(d -> d.get("_id")).toList());
                            if (batches.size() > 1) {
                                throw new Boom();
                            }
                            try { // the first batch, "a", waits for b and c to queue behind it
                                othersWaiting.await(1, TimeUnit.MINUTES);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
        FutureTask<Void> a = insertion(commits, "a");
        FutureTask<Void> b = insertion(commits, "b");
        FutureTask<Void> c = insertion(commits, "c");
        new Thread(a).start();
        awaitTrue(() -> batches.size() == 1);
        waiting(b);
        waiting(c);
        othersWaiting.countDown();

        a.get(1, TimeUnit.MINUTES);
        assertThatThrownBy(() -> b.get(1, TimeUnit.MINUTES)).hasCauseInstanceOf(Boom.class);
        assertThatThrownBy(() -> c.get(1, TimeUnit.MINUTES))
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(Boom.class);
        assertThat(batches).containsExactly(List.of("a"), List.of("b", "c"));
    }

    private static FutureTask<Void> insertion(GroupCommit<Document> commits, String id) {
        return new FutureTask<>(() -> commits.insert(new Document("_id", id)), null);
    }

    /** Starts the insertion and returns once its thread waits for the writer. */
    private static void waiting(FutureTask<Void> insertion) throws InterruptedException {
        Thread thread = new Thread(insertion);
        thread.start();
        awaitTrue(() -> thread.getState() == Thread.State.WAITING);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within a minute");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void aBatchNeedsRoomForOneDocument() {
        assertThatThrownBy(() -> new GroupCommit<>(() -> collection, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
