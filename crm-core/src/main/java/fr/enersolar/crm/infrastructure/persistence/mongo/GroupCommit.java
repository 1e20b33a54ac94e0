package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Group commit for one collection's inserts: documents inserted at the same moment by different
 * threads go to the store as one {@code insertMany}, written by whichever caller holds the writer
 * lock (no thread of its own). Each caller returns only once its own document is acknowledged, or
 * gets its own document's error: the same contract as {@code insertOne}, at a fraction of the cost
 * per document under load (one command, one acknowledgement, one store commit per batch). Alone, a
 * caller writes its document at once.
 */
final class GroupCommit<T> {

    private final Supplier<MongoCollection<T>> collection;
    private final int maxBatch;
    private final Consumer<List<T>> durable;
    private final ConcurrentLinkedQueue<Pending<T>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    GroupCommit(Supplier<MongoCollection<T>> collection, int maxBatch) {
        this(collection, maxBatch, documents -> {});
    }

    /**
     * Batches of at most {@code maxBatch} documents; after each batch, {@code durable} gets its
     * acknowledged documents before any of their callers returns (the store makes them survive a
     * crash).
     */
    GroupCommit(Supplier<MongoCollection<T>> collection, int maxBatch, Consumer<List<T>> durable) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("batches hold at least one document");
        }
        this.collection = collection;
        this.maxBatch = maxBatch;
        this.durable = durable;
    }

    /** Inserts {@code document}; returns once the store acknowledged it. */
    void insert(T document) {
        Pending<T> mine = new Pending<>(document);
        queue.add(mine);
        while (!mine.done) {
            writer.lock();
            try {
                if (!mine.done) {
                    writeBatch();
                }
            } finally {
                writer.unlock();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** Writes what is queued, up to {@code maxBatch} documents, in queue order. */
    private void writeBatch() {
        List<Pending<T>> batch = new ArrayList<>();
        Pending<T> next;
        while (batch.size() < maxBatch && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            insert(batch);
            List<T> acknowledged = new ArrayList<>(batch.size());
            batch.stream()
                    .filter(p -> p.failure == null)
                    .forEach(p -> acknowledged.add(p.document));
            if (!acknowledged.isEmpty()) {
                try {
                    durable.accept(acknowledged);
                } catch (RuntimeException e) {
                    batch.stream().filter(p -> p.failure == null).forEach(p -> p.failure = e);
                }
            }
        } catch (Error e) {
            failUnfailed(batch, e); // not acknowledged; the error goes on
            throw e;
        } finally {
            batch.forEach(p -> p.done = true);
        }
    }

    /** Inserts the batch's documents; a refused one, or all on a failed command, get a failure. */
    private void insert(List<Pending<T>> batch) {
        try {
            if (batch.size() == 1) {
                collection.get().insertOne(batch.get(0).document);
            } else {
                List<T> documents = new ArrayList<>(batch.size());
                batch.forEach(p -> documents.add(p.document));
                collection.get().insertMany(documents, new InsertManyOptions().ordered(false));
            }
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                batch.get(error.getIndex()).failure =
                        new MongoWriteException(error, e.getServerAddress(), Set.of());
            }
        } catch (RuntimeException e) {
            batch.forEach(p -> p.failure = e);
        }
    }

    /**
     * Fails the batch's callers that have no failure yet: they return an error, never an
     * acknowledgement (the {@code finally} marking them done once let them return as written).
     */
    private static <T> void failUnfailed(List<Pending<T>> batch, Error e) {
        RuntimeException failure = new IllegalStateException("insert failed", e);
        batch.stream().filter(p -> p.failure == null).forEach(p -> p.failure = failure);
    }

    /** One caller's document and what became of it (read after taking the writer lock). */
    private static final class Pending<T> {
        final T document;
        volatile boolean done;
        RuntimeException failure;

        Pending(T document) {
            this.document = document;
        }
    }
}
