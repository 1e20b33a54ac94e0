package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
public class MongoActivityLogRepository implements ActivityLogRepository {

    @Inject MongoStore store;

    @Override
    public void record(ActivityLog entry) {
        store.template().insert(entry);
    }

    @Override
    public List<ActivityLog> recent(int offset, int limit) {
        return Templates.newestFirst(store.template(), ActivityLog.class, offset, limit);
    }

    @Override
    public List<ActivityLog> ofUser(UserId user, int offset, int limit) {
        return Templates.newestFirstWhere(
                store.template(), ActivityLog.class, "userId", user.value(), offset, limit);
    }

    @Override
    public long count() {
        return store.template().count(ActivityLog.class);
    }
}
