package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This server's delivery workers. A scheduler (the container's {@code
 * ManagedScheduledExecutorService}) looks for due leads every poll interval; when it finds one,
 * workers (threads of the container's {@code ManagedThreadFactory}) drain the outbox, one lead at a
 * time each, fanning out up to the configured count while leads are due, and stop when none is. An
 * idle outbox costs one claim query per poll. A lead this server takes in is handed to a worker at
 * once ({@link DeliveryHints}) rather than found at the next poll.
 *
 * <p>Each claim is made under a lease owner naming this server and the worker ({@code
 * <server>#<n>}), so a lead is never attempted by two workers at once, on this server or another
 * sharing the store.
 */
@ApplicationScoped
public class DeliveryWorkers {

    private static final Logger LOG = Logger.getLogger(DeliveryWorkers.class.getName());

    @Inject DeliveryWorker worker;
    @Inject DeliveryHints hints;
    @Inject NoOrderReview noOrder;
    @Inject CrmConfig config;

    private final String server = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean running;

    /** An idle look takes at most about one tenth of a core. */
    static final int IDLE_LOOK_SHARE = 9;

    private volatile long nextIdleLook = System.nanoTime();
    private volatile int size;
    private ExecutorService pool;
    private ScheduledFuture<?> poller;
    private ScheduledFuture<?> reviewer;

    /** Whether the configuration lets this server deliver. */
    public boolean enabled() {
        return config.flag(ConfigKey.DELIVERY_ENABLED);
    }

    /** Starts polling on {@code scheduler}, with workers made by {@code threads}. */
    public synchronized void start(ScheduledExecutorService scheduler, ThreadFactory threads) {
        if (running) {
            return;
        }
        size = Math.max(1, config.intValue(ConfigKey.DELIVERY_WORKERS));
        long pollMs = Math.max(10, config.intValue(ConfigKey.DELIVERY_POLL_MS));
        pool = Executors.newFixedThreadPool(size, threads);
        running = true;
        poller = scheduler.scheduleWithFixedDelay(this::poll, 0, pollMs, TimeUnit.MILLISECONDS);
        reviewer = scheduler.scheduleWithFixedDelay(this::reviewWaiting, 60, 60, TimeUnit.SECONDS);
        hints.listen(() -> spawn(this::drainHints));
        LOG.info(
                "Delivery workers started on "
                        + server
                        + ": "
                        + size
                        + " workers, polling every "
                        + pollMs
                        + " ms, lease "
                        + worker.lease().toSeconds()
                        + " s");
    }

    /** Stops polling and lets the workers finish their current attempt. */
    public synchronized void stop() {
        running = false;
        hints.listen(null);
        if (poller != null) {
            poller.cancel(false);
        }
        if (reviewer != null) {
            reviewer.cancel(false);
        }
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Workers attempting a lead now. */
    public int busy() {
        return busy.get();
    }

    /** Routes again the leads waiting for a commande (every minute). */
    private void reviewWaiting() {
        try {
            int moved = noOrder.review();
            if (moved > 0) {
                LOG.info(moved + " lead(s) left the wait for a commande");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Review of the leads waiting for a commande failed", e);
        }
    }

    private void poll() {
        if (busy.get() == 0 && System.nanoTime() >= nextIdleLook) {
            spawn(this::drain);
        }
    }

    /** Starts one more worker doing {@code work} unless all are busy. */
    private void spawn(Runnable work) {
        if (!running) {
            return;
        }
        int now = busy.get();
        while (now < size) {
            if (busy.compareAndSet(now, now + 1)) {
                try {
                    pool.execute(work);
                } catch (RejectedExecutionException stopping) {
                    busy.decrementAndGet();
                }
                return;
            }
            now = busy.get();
        }
    }

    private void drain() {
        String owner = server + "#" + sequence.incrementAndGet();
        long started = System.nanoTime();
        try {
            boolean first = true;
            while (running && worker.deliverOne(owner)) {
                if (first) {
                    spawn(this::drain); // leads are due: bring one more worker in
                    first = false;
                }
            }
            if (first) {
                idleLookTook(System.nanoTime() - started);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery worker " + owner + " stopped on an error", e);
        } finally {
            busy.decrementAndGet();
        }
    }

    /**
     * After a look that found nothing due, the next waits at least {@value #IDLE_LOOK_SHARE} times
     * as long as that look took (and the poll interval): on the embedded store a look reads every
     * lead, and with many stored an idle server would otherwise spend a core looking. New leads do
     * not wait for it ({@link DeliveryHints}); retries, due minutes apart, are found a little
     * later.
     */
    private void idleLookTook(long nanos) {
        nextIdleLook = System.nanoTime() + IDLE_LOOK_SHARE * nanos;
    }

    /**
     * A worker started by a hint: delivers the hinted leads and stops when none is left, without
     * looking for other due leads (the poll does that), so a lead taken in costs no query.
     */
    private void drainHints() {
        String owner = server + "#" + sequence.incrementAndGet();
        try {
            while (running && worker.deliverHinted(owner)) {
                // one hinted lead after another
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery worker " + owner + " stopped on an error", e);
        } finally {
            busy.decrementAndGet();
        }
    }
}
