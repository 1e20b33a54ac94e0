package fr.enersolar.crm.web.edge;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per key (a client address), in memory: each bucket holds at most a minute's
 * allowance and refills evenly over the minute. Thread-safe without a global lock: buckets are
 * found in a concurrent map and each is locked alone. Memory stays bounded: buckets that have
 * refilled completely carry no information and are swept out, and the map never holds more than
 * {@code maxKeys} buckets; a new key beyond that is let through untracked (failing open rather than
 * refusing every new client when a flood of distinct addresses fills the map).
 */
public final class TokenBuckets {

    /** What {@link #tryAcquire} decided. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOWED = new Decision(true, 0);
    }

    private static final long MINUTE_MILLIS = 60_000;

    /** How often idle buckets are swept while the map is under its cap. */
    private static final long SWEEP_INTERVAL_MILLIS = MINUTE_MILLIS;

    /** How often, at most, a full map is swept again before new keys are let through untracked. */
    private static final long FULL_SWEEP_INTERVAL_MILLIS = 1_000;

    private final int perMinute;
    private final double tokensPerMilli;
    private final Clock clock;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;
    private final AtomicLong nextFullSweep;

    /**
     * @param perMinute the allowance per key per minute; {@code 0} = unlimited
     * @param maxKeys the most buckets kept at once
     */
    public TokenBuckets(int perMinute, Clock clock, int maxKeys) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("A rate limit cannot be negative: " + perMinute);
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("At least one bucket: " + maxKeys);
        }
        this.perMinute = perMinute;
        this.tokensPerMilli = perMinute / (double) MINUTE_MILLIS;
        this.clock = clock;
        this.maxKeys = maxKeys;
        long now = clock.millis();
        this.nextSweep = new AtomicLong(now + SWEEP_INTERVAL_MILLIS);
        this.nextFullSweep = new AtomicLong(now);
    }

    /** Takes one token from {@code key}'s bucket, or says how long until one is available. */
    public Decision tryAcquire(String key) {
        if (perMinute == 0) {
            return Decision.ALLOWED;
        }
        long now = clock.millis();
        if (due(nextSweep, now, SWEEP_INTERVAL_MILLIS)) {
            sweep(now);
        }
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys) {
                if (due(nextFullSweep, now, FULL_SWEEP_INTERVAL_MILLIS)) {
                    sweep(now);
                }
                if (buckets.size() >= maxKeys) {
                    return Decision.ALLOWED;
                }
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        }
        return bucket.take(now, perMinute, tokensPerMilli);
    }

    /** How many keys are tracked now (for tests and monitoring). */
    public int trackedKeys() {
        return buckets.size();
    }

    /** Claims a periodic task: true for exactly one caller once {@code next} has passed. */
    private static boolean due(AtomicLong next, long now, long interval) {
        long at = next.get();
        return now >= at && next.compareAndSet(at, now + interval);
    }

    private void sweep(long now) {
        buckets.entrySet().removeIf(e -> e.getValue().isFullAt(now, perMinute, tokensPerMilli));
    }

    /** Tokens and the instant they were counted; guarded by its own monitor. */
    private static final class Bucket {
        private double tokens;
        private long countedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.countedAt = now;
        }

        synchronized Decision take(long now, int capacity, double tokensPerMilli) {
            refill(now, capacity, tokensPerMilli);
            if (tokens >= 1) {
                tokens -= 1;
                return Decision.ALLOWED;
            }
            long waitMillis = (long) Math.ceil((1 - tokens) / tokensPerMilli);
            return new Decision(false, Math.max(1, (waitMillis + 999) / 1000));
        }

        synchronized boolean isFullAt(long now, int capacity, double tokensPerMilli) {
            refill(now, capacity, tokensPerMilli);
            return tokens >= capacity;
        }

        private void refill(long now, int capacity, double tokensPerMilli) {
            // A clock stepping back never takes tokens away.
            long elapsed = Math.max(0, now - countedAt);
            tokens = Math.min(capacity, tokens + elapsed * tokensPerMilli);
            countedAt = Math.max(countedAt, now);
        }
    }
}
