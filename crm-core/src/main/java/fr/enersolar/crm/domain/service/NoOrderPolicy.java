package fr.enersolar.crm.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a lead without a commande ({@code pending_no_order}) waits for one (SPEC-seed §19.8,
 * PRODUCT.md: 8 days by default). While the wait lasts, the lead is routed again whenever a
 * re-check runs (a matching commande may have appeared, or a cap may have cleared); once it is
 * over, the lead needs a staff decision ({@code pending_manual}). The wait counts from when the
 * lead was received: a lead that waited 8 days is no longer a fresh lead, whatever happened in
 * between.
 */
public final class NoOrderPolicy {

    /** The default wait, in days. */
    public static final int DEFAULT_WAIT_DAYS = 8;

    /** What to do with a waiting lead now. */
    public enum Review {
        /** Still within the wait: route it again (it stays waiting if nothing takes it). */
        REROUTE,
        /** The wait is over: hand it to staff ({@code pending_manual}). */
        MANUAL
    }

    private final Duration wait;

    public NoOrderPolicy(Duration wait) {
        Objects.requireNonNull(wait, "wait is required");
        if (wait.isNegative()) {
            throw new IllegalArgumentException("the wait for a commande cannot be negative");
        }
        this.wait = wait;
    }

    /** A wait of {@code days} days ({@code 0}: straight to staff). */
    public static NoOrderPolicy ofDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException(
                    "the wait for a commande cannot be negative: " + days);
        }
        return new NoOrderPolicy(Duration.ofDays(days));
    }

    public Duration waitTime() {
        return wait;
    }

    /** The instant the wait of a lead received at {@code receivedAt} ends. */
    public Instant deadline(Instant receivedAt) {
        return receivedAt.plus(wait);
    }

    /**
     * Leads received strictly after this instant are still within their wait at {@code now}: the
     * bound for the store query of leads to route again.
     */
    public Instant receivedAfter(Instant now) {
        return now.minus(wait);
    }

    /**
     * Whether a waiting lead received at {@code receivedAt} is routed again or handed to staff at
     * {@code now}; the wait ends exactly {@link #waitTime()} after reception.
     */
    public Review review(Instant receivedAt, Instant now) {
        Objects.requireNonNull(receivedAt, "reception time is required");
        Objects.requireNonNull(now, "now is required");
        return now.isBefore(deadline(receivedAt)) ? Review.REROUTE : Review.MANUAL;
    }
}
