package fr.enersolar.crm.application.activity;

import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogFilter;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads the activity log for the staff (SPEC-seed §4.4): filtered and paged by the store, newest
 * first, never more than {@value #MAX_PAGE} entries at once.
 */
@ApplicationScoped
public class ActivityLogs {

    /** The longest page. */
    public static final int MAX_PAGE = 500;

    @Inject ActivityLogRepository log;

    /**
     * One page of entries.
     *
     * @param logs the entries, newest first
     * @param total how many entries match the filter
     */
    public record Page(List<ActivityLog> logs, long total) {

        public Page {
            logs = List.copyOf(logs);
        }
    }

    /** The entries matching {@code filter} from {@code skip}, at most {@code limit}. */
    public Page page(ActivityLogFilter filter, int skip, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        return new Page(log.find(filter, Math.max(0, skip), bounded), log.count(filter));
    }
}
