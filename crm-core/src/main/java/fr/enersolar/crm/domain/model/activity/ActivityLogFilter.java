package fr.enersolar.crm.domain.model.activity;

import fr.enersolar.crm.domain.model.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which activity log entries to list: each criterion that is present must match.
 *
 * @param user entries written by this staff member
 * @param entityType entries about this kind of entity ({@code user}, {@code crm}…)
 * @param action entries of this action
 * @param from entries written at or after this instant
 * @param to entries written before this instant
 */
public record ActivityLogFilter(
        Optional<UserId> user,
        Optional<String> entityType,
        Optional<ActivityAction> action,
        Optional<Instant> from,
        Optional<Instant> to) {

    public ActivityLogFilter {
        Objects.requireNonNull(user);
        Objects.requireNonNull(entityType);
        Objects.requireNonNull(action);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
    }

    /** The filter of user, entity type and action, at any date. */
    public ActivityLogFilter(
            Optional<UserId> user, Optional<String> entityType, Optional<ActivityAction> action) {
        this(user, entityType, action, Optional.empty(), Optional.empty());
    }

    /** Every entry. */
    public static ActivityLogFilter all() {
        return new ActivityLogFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
