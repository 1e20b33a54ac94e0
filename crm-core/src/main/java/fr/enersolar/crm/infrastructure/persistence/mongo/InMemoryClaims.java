package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Claims held in this JVM, for the embedded store: it lives in this JVM only, so no other server
 * can claim anything, and a claim costs no store write. {@link ConcurrentHashMap#compute} makes
 * each decision atomic per key. Claims older than {@code retention} are dropped as new ones arrive,
 * so memory follows the traffic of the window, not all history.
 */
final class InMemoryClaims implements Claims {

    private record Held(LeadId lead, Instant at) {}

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();
    private final Duration retention;
    private volatile Instant lastSweep = Instant.EPOCH;

    InMemoryClaims(Duration retention) {
        this.retention = retention;
    }

    @Override
    public Optional<LeadId> claim(String key, LeadId candidate, Instant now, Duration window) {
        sweep(now);
        AtomicReference<LeadId> holder = new AtomicReference<>();
        held.compute(
                key,
                (k, current) -> {
                    if (current != null && !current.at().isBefore(now.minus(window))) {
                        holder.set(current.lead());
                        return current;
                    }
                    return new Held(candidate, now);
                });
        return Optional.ofNullable(holder.get());
    }

    @Override
    public void takeOver(String key, LeadId candidate, Instant now) {
        held.put(key, new Held(candidate, now));
    }

    @Override
    public void release(String key, LeadId candidate) {
        held.computeIfPresent(
                key, (k, current) -> current.lead().equals(candidate) ? null : current);
    }

    /** Registers a claim found in the stored leads at start, keeping the earliest one. */
    void restore(String key, LeadId lead, Instant at, Duration window) {
        claim(key, lead, at, window);
    }

    private void sweep(Instant now) {
        if (now.isAfter(lastSweep.plus(retention.dividedBy(10).plusSeconds(1)))) {
            lastSweep = now;
            Instant oldest = now.minus(retention);
            held.values().removeIf(h -> h.at().isBefore(oldest));
        }
    }

    int size() {
        return held.size();
    }
}
