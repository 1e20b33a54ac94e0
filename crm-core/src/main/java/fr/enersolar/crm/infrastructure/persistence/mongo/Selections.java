package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import jakarta.nosql.QueryMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.conversions.Bson;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;

/**
 * A list query with optional filters, said once and run two ways: through the JNoSQL template for
 * the entities of one page, and through the driver for the count (the template cannot count a
 * filtered selection). Field names are given twice for that reason: the entity's and the stored.
 */
final class Selections<T> {

    private record Condition(String field, Object value, boolean notEqual) {}

    private final Class<T> type;
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Bson> filters = new ArrayList<>();

    private Selections(Class<T> type) {
        this.type = type;
    }

    static <T> Selections<T> of(Class<T> type) {
        return new Selections<>(type);
    }

    /** Entity field {@code field} (stored as {@code column}) equals {@code value}. */
    Selections<T> eq(String field, String column, Object value) {
        conditions.add(new Condition(field, value, false));
        filters.add(Filters.eq(column, value));
        return this;
    }

    /**
     * The record is in {@code status}; a document without a status is active, as in the seed, so
     * "active" is "not archived".
     */
    Selections<T> status(LifecycleStatus status) {
        if (status == LifecycleStatus.ACTIVE) {
            conditions.add(new Condition("status", LifecycleStatus.ARCHIVED.wire(), true));
            filters.add(Filters.ne("status", LifecycleStatus.ARCHIVED.wire()));
        } else {
            eq("status", "status", status.wire());
        }
        return this;
    }

    /** One page, newest first. */
    List<T> newestFirst(DocumentTemplate template, int offset, int limit) {
        return sorted(template, "createdAt", false, offset, limit);
    }

    /** One page sorted by {@code field}. */
    List<T> sorted(
            DocumentTemplate template, String field, boolean ascending, int offset, int limit) {
        QueryMapper.MapperFrom from = template.select(type);
        QueryMapper.MapperWhere where = null;
        for (Condition c : conditions) {
            QueryMapper.MapperNameCondition name =
                    where == null ? from.where(c.field()) : where.and(c.field());
            where = c.notEqual() ? name.not().eq(c.value()) : name.eq(c.value());
        }
        QueryMapper.MapperOrder order = where == null ? from.orderBy(field) : where.orderBy(field);
        QueryMapper.MapperNameOrder sorted = ascending ? order.asc() : order.desc();
        return sorted.skip(offset).limit(limit).result();
    }

    /** The driver's filter for the same conditions. */
    Bson filter() {
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }

    /** Entities of {@code type} whose id is one of {@code ids}. */
    static <T> List<T> byIds(DocumentTemplate template, Class<T> type, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return template.select(type).where("id").in(List.copyOf(ids)).result();
    }
}
