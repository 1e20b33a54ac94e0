package fr.enersolar.crm.application.leads;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One lead as a staff list or export shows it: its stored fields by their seed names ({@code id},
 * {@code phone}, {@code nom}, {@code api_status}, {@code created_at}…), in display order. Values
 * are strings, booleans, numbers, {@link java.time.Instant}s or null (a field the lead lacks).
 */
public record LeadRow(Map<String, Object> fields) {

    public LeadRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field as text; empty when it is missing or null. */
    public String text(String field) {
        Object value = fields.get(field);
        return value == null ? "" : value.toString();
    }
}
