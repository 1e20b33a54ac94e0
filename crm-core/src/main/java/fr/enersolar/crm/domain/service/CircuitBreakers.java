package fr.enersolar.crm.domain.service;

import fr.enersolar.crm.domain.model.crm.CrmSlug;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One {@link CircuitBreaker} per partner CRM, made on first use with the same settings. */
public final class CircuitBreakers {

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private final ConcurrentMap<CrmSlug, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    /**
     * @param threshold consecutive retryable failures that open a breaker, at least 1
     * @param coolDown how long a breaker stays open before a probe, positive
     */
    public CircuitBreakers(int threshold, Duration coolDown, Clock clock) {
        // Checked here rather than on first use, so bad settings fail at start.
        new CircuitBreaker(new CrmSlug("check"), threshold, coolDown, clock);
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = Objects.requireNonNull(clock);
    }

    /** The breaker of {@code partner}, closed when it is first asked for. */
    public CircuitBreaker of(CrmSlug partner) {
        Objects.requireNonNull(partner, "partner is required");
        return breakers.computeIfAbsent(
                partner, p -> new CircuitBreaker(p, threshold, coolDown, clock));
    }

    /** Every breaker made so far, by partner slug. */
    public List<CircuitBreaker.Snapshot> snapshots() {
        return breakers.values().stream()
                .map(CircuitBreaker::snapshot)
                .sorted(Comparator.comparing(s -> s.partner().value()))
                .toList();
    }
}
