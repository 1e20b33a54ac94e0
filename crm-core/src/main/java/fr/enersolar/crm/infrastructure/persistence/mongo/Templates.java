package fr.enersolar.crm.infrastructure.persistence.mongo;

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

    /** Deletes by id; true when a document was there. */
    static <T> boolean remove(DocumentTemplate template, Class<T> type, String id) {
        if (template.find(type, id).isEmpty()) {
            return false;
        }
        template.delete(type, id);
        return true;
    }
}
