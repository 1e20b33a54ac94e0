package fr.enersolar.crm.domain.service;

import fr.enersolar.crm.domain.model.lead.LeadStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What follows a delivery attempt (PRODUCT.md's response mapping with SPEC-seed §9's retries):
 *
 * <table>
 *   <caption>Outcome → lead status</caption>
 *   <tr><th>Outcome</th><th>Lead status</th></tr>
 *   <tr><td>accepted</td><td>{@code success} (delivered)</td></tr>
 *   <tr><td>duplicate</td><td>{@code duplicate} (delivered: the partner had it)</td></tr>
 *   <tr><td>rejected</td><td>{@code validation_error}, final</td></tr>
 *   <tr><td>auth failed</td><td>{@code auth_error}, final</td></tr>
 *   <tr><td>retryable</td><td>{@code queued} until the next attempt of the {@link
 *       BackoffSchedule}; {@code failed} once the schedule is used up</td></tr>
 * </table>
 */
public final class DeliveryPolicy {

    private final BackoffSchedule backoff;

    public DeliveryPolicy(BackoffSchedule backoff) {
        this.backoff = Objects.requireNonNull(backoff, "backoff schedule is required");
    }

    public BackoffSchedule backoff() {
        return backoff;
    }

    /**
     * The step after an attempt.
     *
     * @param outcome what the attempt came to
     * @param attemptsMade attempts made since routing, this one included (at least 1)
     * @param now when the attempt ended; the next one is scheduled from it
     */
    public DeliveryStep afterAttempt(DeliveryOutcome outcome, int attemptsMade, Instant now) {
        Objects.requireNonNull(outcome, "outcome is required");
        Objects.requireNonNull(now, "now is required");
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("at least one attempt was made: " + attemptsMade);
        }
        return switch (outcome) {
            case ACCEPTED -> done(LeadStatus.SENT);
            case DUPLICATE -> done(LeadStatus.DUPLICATE);
            case REJECTED -> done(LeadStatus.REJECTED);
            case AUTH_FAILED -> done(LeadStatus.AUTH_ERROR);
            case RETRYABLE ->
                    backoff.delayAfter(attemptsMade)
                            .map(
                                    delay ->
                                            new DeliveryStep(
                                                    LeadStatus.QUEUED,
                                                    Optional.of(now.plus(delay))))
                            .orElseGet(() -> done(LeadStatus.FAILED));
        };
    }

    private static DeliveryStep done(LeadStatus status) {
        return new DeliveryStep(status, Optional.empty());
    }
}
