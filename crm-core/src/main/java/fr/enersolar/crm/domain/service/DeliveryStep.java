package fr.enersolar.crm.domain.service;

import fr.enersolar.crm.domain.model.lead.LeadStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a lead goes after a delivery attempt: the status it takes, and when to try again if it is
 * {@code queued}. Apply it with {@code Lead.recordAttempt}.
 *
 * @param status the lead's next delivery status
 * @param nextAttemptAt when the next attempt is due; present exactly when {@code queued}
 */
public record DeliveryStep(LeadStatus status, Optional<Instant> nextAttemptAt) {

    public DeliveryStep {
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(nextAttemptAt, "next attempt is required (maybe empty)");
        if (nextAttemptAt.isPresent() != (status == LeadStatus.QUEUED)) {
            throw new IllegalArgumentException(
                    "a next attempt goes with queued, and only with queued: " + status);
        }
    }

    /** True when delivery is over (delivered, refused or failed). */
    public boolean finished() {
        return status.deliveryFinished();
    }

    /** True when the partner has the lead. */
    public boolean delivered() {
        return status.delivered();
    }
}
