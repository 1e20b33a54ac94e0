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
import java.util.concurrent.locks.LockSupport;
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

    /**
     * Inserts {@code document}; returns once the store acknowledged it.
     *
     * <p>A caller that finds no batch being written writes one; the others wait for their own
     * document, not for the writer's lock. Each is woken when its document is done, and returns at
     * once: before, a caller whose document had been written still had to take the lock to see it,
     * behind whichever caller had taken it meanwhile to write the next batch, so answers waited for
     * a batch they were not in while the processors idled (12 % of the time under intake's
     * benchmark). After each batch, the writer releases the lock, then wakes the caller of the
     * oldest queued document, which writes the next batch; a document queued after that look finds
     * the lock free, or taken by a writer that looks again when it is done.
     */
    void insert(T document) {
        Pending<T> mine = new Pending<>(document, Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (writer.tryLock()) {
                try {
                    if (!mine.done) {
                        writeBatch();
                    }
                } finally {
                    writer.unlock();
                }
                Pending<T> next = queue.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller);
                }
            } else {
                LockSupport.park(this);
                // An interrupt would end every later park at once: kept for the caller instead.
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
        } catch (Error e) {
            // Not acknowledged: every caller fails, then the error goes on.
            failUnfailed(batch, e);
            finish(batch);
            throw e;
        }
        try {
            List<T> acknowledged = new ArrayList<>(batch.size());
            batch.stream()
                    .filter(p -> p.failure == null)
                    .forEach(p -> acknowledged.add(p.document));
            if (!acknowledged.isEmpty()) {
                durable.accept(acknowledged);
            }
        } catch (RuntimeException e) {
            batch.stream().filter(p -> p.failure == null).forEach(p -> p.failure = e);
        } catch (Error e) {
            failUnfailed(batch, e); // not made durable: not acknowledged
            throw e;
        } finally {
            finish(batch);
        }
    }

    private static <T> void failUnfailed(List<Pending<T>> batch, Error e) {
        RuntimeException failure = new IllegalStateException("insert failed", e);
        batch.stream().filter(p -> p.failure == null).forEach(p -> p.failure = failure);
    }

    /** Marks the batch's documents done and wakes their callers. */
    private static <T> void finish(List<Pending<T>> batch) {
        for (Pending<T> p : batch) {
            p.done = true;
            LockSupport.unpark(p.caller);
        }
    }

    /**
     * One caller's document and what became of it ({@code failure} is written before {@code done},
     * and read after it).
     */
    private static final class Pending<T> {
        final T document;
        final Thread caller;
        volatile boolean done;
        RuntimeException failure;

        Pending(T document, Thread caller) {
            this.document = document;
            this.caller = caller;
        }
    }
}
