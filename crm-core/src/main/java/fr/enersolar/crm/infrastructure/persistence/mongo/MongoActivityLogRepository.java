package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogFilter;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;

@ApplicationScoped
public class MongoActivityLogRepository implements ActivityLogRepository {

    private static final String COLLECTION = "activity_logs";

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

    @Override
    public List<ActivityLog> find(ActivityLogFilter filter, int offset, int limit) {
        SelectQuery.QueryBuilder query =
                SelectQuery.builder()
                        .from(COLLECTION)
                        .sort(Sort.desc("created_at"))
                        .skip(offset)
                        .limit(limit);
        condition(filter).ifPresent(query::where);
        return store.template().<ActivityLog>select(query.build()).toList();
    }

    @Override
    public long count(ActivityLogFilter filter) {
        SelectQuery.QueryBuilder query = SelectQuery.builder().from(COLLECTION);
        condition(filter).ifPresent(query::where);
        return store.template().count(query.build());
    }

    /** The stored names, as the indexes of {@code StoreIndexes} name them. */
    private static Optional<CriteriaCondition> condition(ActivityLogFilter filter) {
        List<CriteriaCondition> all = new ArrayList<>();
        filter.user().ifPresent(u -> all.add(CriteriaCondition.eq("user_id", u.value())));
        filter.entityType().ifPresent(t -> all.add(CriteriaCondition.eq("entity_type", t)));
        filter.action().ifPresent(a -> all.add(CriteriaCondition.eq("action", a.wire())));
        filter.from().ifPresent(f -> all.add(CriteriaCondition.gte("created_at", Date.from(f))));
        filter.to().ifPresent(t -> all.add(CriteriaCondition.lt("created_at", Date.from(t))));
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                all.size() == 1
                        ? all.get(0)
                        : CriteriaCondition.and(all.toArray(CriteriaCondition[]::new)));
    }
}
