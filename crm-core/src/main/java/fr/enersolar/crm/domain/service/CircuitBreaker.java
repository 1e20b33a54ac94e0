package fr.enersolar.crm.domain.service;

import fr.enersolar.crm.domain.model.crm.CrmSlug;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Pauses deliveries to one partner after repeated failures, and resumes them by itself when the
 * partner answers again (PRODUCT.md). Thread-safe; time comes from the injected clock.
 *
 * <pre>
 * closed ──N consecutive retryable failures──▶ open ──cool-down over──▶ half-open (one probe)
 *   ▲                                            ▲                          │
 *   └──────────────── probe answered ────────────┼──────────────────────────┤
 *                                                └──── probe failed ────────┘
 * </pre>
 *
 * <p>A worker asks {@link #tryAcquire()} before each attempt and reports the attempt's outcome with
 * the {@link Permit} it got. Any answer from the partner (accepted, duplicate, rejected, auth
 * failed) shows it is up and resets the count; only retryable failures count. While closed every
 * attempt is allowed; while open none is, until the cool-down ends; then one probe is allowed
 * (half-open): its answer closes the breaker, its failure opens it again for another cool-down. A
 * probe that never reports (its worker died) is replaced by another after one cool-down.
 *
 * <p>A permit remembers the state it was granted in: an outcome reported after the breaker changed
 * state (a slow attempt started before it opened) is ignored, so a late failure cannot reopen a
 * breaker the probe closed, and a late answer cannot close one that just opened.
 *
 * <p>The state lives in this object: each server of a cluster keeps its own breakers.
 */
public final class CircuitBreaker {

    /** The default number of consecutive retryable failures that opens a breaker. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** The default pause before a probe. */
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(60);

    /** The breaker's states, with their wire names for health and the admin API. */
    public enum State {
        /** Deliveries flow. */
        CLOSED("closed"),
        /** Deliveries are paused until the cool-down ends. */
        OPEN("open"),
        /** One probe delivery is allowed; its outcome decides. */
        HALF_OPEN("half_open");

        private final String wire;

        State(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /**
     * Leave to attempt one delivery, to hand back with its outcome.
     *
     * @param generation the breaker's state change count when it was granted
     * @param probe true for the half-open state's single probe
     */
    public record Permit(long generation, boolean probe) {}

    /**
     * The breaker as health and the admin API show it.
     *
     * @param partner the partner CRM
     * @param state the current state
     * @param consecutiveFailures retryable failures in a row (the count that opened it, when open)
     * @param openedAt when it last opened; empty when closed
     * @param retryAt when an attempt may next be allowed; empty when closed
     */
    public record Snapshot(
            CrmSlug partner,
            State state,
            int consecutiveFailures,
            Optional<Instant> openedAt,
            Optional<Instant> retryAt) {}

    private final CrmSlug partner;
    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private Instant probeGrantedAt;
    private long generation;

    /**
     * @param threshold consecutive retryable failures that open the breaker, at least 1
     * @param coolDown how long it stays open before a probe, positive
     */
    public CircuitBreaker(CrmSlug partner, int threshold, Duration coolDown, Clock clock) {
        this.partner = Objects.requireNonNull(partner, "partner is required");
        if (threshold < 1) {
            throw new IllegalArgumentException(
                    "breaker threshold must be at least 1: " + threshold);
        }
        Objects.requireNonNull(coolDown, "cool-down is required");
        if (coolDown.isNegative() || coolDown.isZero()) {
            throw new IllegalArgumentException("breaker cool-down must be positive: " + coolDown);
        }
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    public CrmSlug partner() {
        return partner;
    }

    /** Leave to attempt a delivery now, or empty while deliveries to this partner are paused. */
    public synchronized Optional<Permit> tryAcquire() {
        Instant now = clock.instant();
        switch (state) {
            case CLOSED:
                return Optional.of(new Permit(generation, false));
            case OPEN:
                if (now.isBefore(openedAt.plus(coolDown))) {
                    return Optional.empty();
                }
                state = State.HALF_OPEN;
                return Optional.of(grantProbe(now));
            case HALF_OPEN:
            default:
                if (now.isBefore(probeGrantedAt.plus(coolDown))) {
                    return Optional.empty();
                }
                // The probe never reported (its worker died): let another one try.
                return Optional.of(grantProbe(now));
        }
    }

    private Permit grantProbe(Instant now) {
        generation++;
        probeGrantedAt = now;
        return new Permit(generation, true);
    }

    /** Reports the outcome of the attempt {@code permit} allowed. */
    public synchronized void record(Permit permit, DeliveryOutcome outcome) {
        Objects.requireNonNull(permit, "permit is required");
        Objects.requireNonNull(outcome, "outcome is required");
        if (permit.generation() != generation || state == State.OPEN) {
            return;
        }
        if (!outcome.retryable()) {
            close();
        } else if (state == State.HALF_OPEN) {
            open();
        } else if (++consecutiveFailures >= threshold) {
            open();
        }
    }

    private void open() {
        state = State.OPEN;
        openedAt = clock.instant();
        probeGrantedAt = null;
        generation++;
    }

    private void close() {
        if (state != State.CLOSED) {
            state = State.CLOSED;
            generation++;
        }
        consecutiveFailures = 0;
        openedAt = null;
        probeGrantedAt = null;
    }

    public synchronized State state() {
        return state;
    }

    /**
     * When deliveries to this partner may resume: the end of the cool-down while open, or when a
     * silent probe is replaced while half-open; empty when closed. Workers postpone due leads of
     * this partner to then.
     */
    public synchronized Optional<Instant> retryAt() {
        return switch (state) {
            case CLOSED -> Optional.empty();
            case OPEN -> Optional.of(openedAt.plus(coolDown));
            case HALF_OPEN -> Optional.of(probeGrantedAt.plus(coolDown));
        };
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(
                partner, state, consecutiveFailures, Optional.ofNullable(openedAt), retryAt());
    }
}
