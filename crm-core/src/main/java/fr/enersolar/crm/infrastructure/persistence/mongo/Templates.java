package fr.enersolar.crm.infrastructure.persistence.mongo;

import java.util.List;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;

/** What every Mongo repository does the same way with the JNoSQL template. */
final class Templates {

    private Templates() {}

    /** Inserts the entity, or replaces the stored one with the same id. */
    static <T> void upsert(DocumentTemplate template, Class<T> type, String id, T entity) {
        if (template.find(type, id).isPresent()) {
            template.update(entity);
        } else {
            template.insert(entity);
        }
    }

    /** One page of {@code type}, the most recently created first. */
    static <T> List<T> newestFirst(
            DocumentTemplate template, Class<T> type, int offset, int limit) {
        return template.select(type).orderBy("createdAt").desc().skip(offset).limit(limit).result();
    }

    /** One page of {@code type} whose {@code field} equals {@code value}, newest first. */
    static <T> List<T> newestFirstWhere(
            DocumentTemplate template,
            Class<T> type,
            String field,
            Object value,
            int offset,
            int limit) {
        return template.select(type)
                .where(field)
                .eq(value)
                .orderBy("createdAt")
                .desc()
                .skip(offset)
                .limit(limit)
                .result();
    }

    /** Deletes by id; true when a document was there. */
    static <T> boolean remove(DocumentTemplate template, Class<T> type, String id) {
        if (template.find(type, id).isEmpty()) {
            return false;
        }
        template.delete(type, id);
        return true;
    }
}
