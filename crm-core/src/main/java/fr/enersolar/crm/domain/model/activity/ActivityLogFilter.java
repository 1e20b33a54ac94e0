package fr.enersolar.crm.domain.model.activity;

import fr.enersolar.crm.domain.model.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Which activity log entries to list: each criterion that is present must match.
 *
 * @param user entries written by this staff member
 * @param entityType entries about this kind of entity ({@code user}, {@code crm}…)
 * @param action entries of this action
 */
public record ActivityLogFilter(
        Optional<UserId> user, Optional<String> entityType, Optional<ActivityAction> action) {

    public ActivityLogFilter {
        Objects.requireNonNull(user);
        Objects.requireNonNull(entityType);
        Objects.requireNonNull(action);
    }

    /** Every entry. */
    public static ActivityLogFilter all() {
        return new ActivityLogFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
