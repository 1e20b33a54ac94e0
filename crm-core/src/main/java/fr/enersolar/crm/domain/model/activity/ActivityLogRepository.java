package fr.enersolar.crm.domain.model.activity;

import fr.enersolar.crm.domain.model.user.UserId;
import java.util.List;

/** The audit trail, newest first. */
public interface ActivityLogRepository {

    /** Appends one entry. */
    void record(ActivityLog entry);

    /** The latest entries, newest first, one page at a time. */
    List<ActivityLog> recent(int offset, int limit);

    /** The latest entries of one user, newest first, one page at a time. */
    List<ActivityLog> ofUser(UserId user, int offset, int limit);

    long count();

    /** The entries matching {@code filter}, newest first, one page at a time. */
    List<ActivityLog> find(ActivityLogFilter filter, int offset, int limit);

    /** How many entries match {@code filter}, counted by the store. */
    long count(ActivityLogFilter filter);
}
