package fr.enersolar.crm.infrastructure.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;

/** One index of one collection, described as data so it can be created and checked. */
public record IndexSpec(String collection, List<Key> fields, boolean unique) {

    /** One indexed field and its direction (1 ascending, -1 descending). */
    public record Key(String field, int direction) {

        public static Key asc(String field) {
            return new Key(field, 1);
        }

        public static Key desc(String field) {
            return new Key(field, -1);
        }
    }

    public IndexSpec {
        fields = List.copyOf(fields);
    }

    static IndexSpec of(String collection, Key... keys) {
        return new IndexSpec(collection, Arrays.asList(keys), false);
    }

    static IndexSpec unique(String collection, Key... keys) {
        return new IndexSpec(collection, Arrays.asList(keys), true);
    }

    /** The key document, for example {@code {lp_code: 1, event: 1}}. */
    public Document keys() {
        Document keys = new Document();
        fields.forEach(k -> keys.append(k.field(), k.direction()));
        return keys;
    }

    /** MongoDB's default name, for example {@code lp_code_1_event_1}. */
    public String name() {
        return fields.stream()
                .map(k -> k.field() + "_" + k.direction())
                .collect(Collectors.joining("_"));
    }
}
