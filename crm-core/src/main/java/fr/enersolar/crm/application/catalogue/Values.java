package fr.enersolar.crm.application.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values a request submitted, by their JSON names ({@code name}, {@code crm_id}, …): texts,
 * flags and lists of texts, already of the right JSON type. A field that was absent or null is not
 * here, and changes nothing (the seed's "only non-null fields are set").
 */
public final class Values {

    private final Map<String, Object> values;

    private Values(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No value at all. */
    public static Values none() {
        return new Values(Map.of());
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public Optional<String> text(String field) {
        return values.get(field) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<Boolean> flag(String field) {
        return values.get(field) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public Optional<List<String>> texts(String field) {
        return values.get(field) instanceof List<?> l
                ? Optional.of((List<String>) l)
                : Optional.empty();
    }

    /** Builds the values of one request. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder text(String field, String value) {
            if (value != null) {
                values.put(field, value);
            }
            return this;
        }

        public Builder flag(String field, Boolean value) {
            if (value != null) {
                values.put(field, value);
            }
            return this;
        }

        public Builder texts(String field, List<String> value) {
            if (value != null) {
                values.put(field, List.copyOf(value));
            }
            return this;
        }

        public Values build() {
            return new Values(values);
        }
    }
}
