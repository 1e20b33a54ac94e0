package fr.enersolar.crm.application.activity;

import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogId;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.activity.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one way application code writes the activity log (PRODUCT.md: every create, update, delete,
 * retry and export, with before and after values for commandes, prices and keys). Secrets never go
 * in: callers pass masked values for keys.
 */
@ApplicationScoped
public class ActivityJournal {

    private ActivityLogRepository log;
    private Clock clock;

    /** For CDI. */
    protected ActivityJournal() {}

    @Inject
    public ActivityJournal(ActivityLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Records an action with free-form details (may be empty). */
    public void record(
            Actor actor,
            ActivityAction action,
            Subject subject,
            Map<String, ?> details,
            String clientIp) {
        log.record(
                new ActivityLog(
                        ActivityLogId.generate(),
                        Objects.requireNonNull(actor),
                        action,
                        subject,
                        details,
                        clientIp,
                        clock.instant()));
    }

    /**
     * Records a change with the values before and after it (each a map of the changed fields; null
     * for a creation's before or a deletion's after).
     */
    public void recordChange(
            Actor actor,
            ActivityAction action,
            Subject subject,
            Map<String, ?> before,
            Map<String, ?> after,
            String clientIp) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (before != null) {
            details.put("before", new LinkedHashMap<>(before));
        }
        if (after != null) {
            details.put("after", new LinkedHashMap<>(after));
        }
        record(actor, action, subject, details, clientIp);
    }
}
