package fr.enersolar.crm.infrastructure.persistence.mongo;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Stored lead documents as plain Java values for the read models: {@code _id} becomes {@code id}
 * (first), dates become {@link java.time.Instant}s, sub-documents maps, arrays lists.
 */
final class LeadDocuments {

    private LeadDocuments() {}

    static Map<String, Object> plain(Document document) {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("id", value(document.get("_id")));
        document.forEach(
                (key, value) -> {
                    if (!key.equals("_id")) {
                        plain.put(key, value(value));
                    }
                });
        return plain;
    }

    /** The listed fields in that order ({@code id} first), null for those the lead lacks. */
    static Map<String, Object> plain(Document document, List<String> fields) {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (String field : fields) {
            plain.put(field, value(document.get(field.equals("id") ? "_id" : field)));
        }
        return plain;
    }

    private static Object value(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof ObjectId id) {
            return id.toHexString();
        }
        if (value instanceof Document document) {
            Map<String, Object> map = new LinkedHashMap<>();
            document.forEach((k, v) -> map.put(k, value(v)));
            return map;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(value(v)));
            return copy;
        }
        return value;
    }
}
