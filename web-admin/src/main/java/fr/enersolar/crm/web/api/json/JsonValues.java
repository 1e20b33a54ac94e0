package fr.enersolar.crm.web.api.json;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

/**
 * Turns the free-form values the store keeps (maps, lists, strings, numbers, booleans, dates), such
 * as an activity log entry's details, into JSON. Anything else is written as its text.
 */
public final class JsonValues {

    private JsonValues() {}

    /** The JSON form of {@code value}. */
    public static JsonValue of(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return JSON.createValue(big);
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal);
        }
        if (value instanceof Number number) {
            return JSON.createValue(number.doubleValue());
        }
        if (value instanceof Date date) {
            return JSON.createValue(date.toInstant().toString());
        }
        if (value instanceof Instant instant) {
            return JSON.createValue(instant.toString());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), of(v)));
            return object.build();
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(v -> array.add(of(v)));
            return array.build();
        }
        return JSON.createValue(String.valueOf(value));
    }
}
