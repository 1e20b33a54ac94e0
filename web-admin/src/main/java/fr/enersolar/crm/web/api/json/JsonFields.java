package fr.enersolar.crm.web.api.json;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A request body read field by field with JSON types beyond text (numbers, booleans, arrays,
 * objects, nullable integers), for admin bodies. Like {@link JsonBody}: each field of the wrong
 * type is recorded by name, and {@link #problems()} gives the 400 answer {@code {"detail":
 * [{"field", "reason"}]}}. A missing field is empty.
 */
public final class JsonFields {

    private final JsonObject object;
    private final List<JsonBody.FieldProblem> problems = new ArrayList<>();

    private JsonFields(JsonObject object) {
        this.object = object;
    }

    /** Reads {@code raw}; anything but a JSON object is a problem with the field {@code body}. */
    public static JsonFields parse(String raw) {
        JsonObjects.Parsed parsed = JsonObjects.parse(raw);
        if (parsed instanceof JsonObjects.Refused refused) {
            JsonFields fields = new JsonFields(JsonValue.EMPTY_JSON_OBJECT);
            fields.problems.add(new JsonBody.FieldProblem("body", refused.reason()));
            return fields;
        }
        return new JsonFields(((JsonObjects.Accepted) parsed).object());
    }

    /** Whether the field is in the body (even as {@code null}). */
    public boolean has(String field) {
        return object.containsKey(field);
    }

    private Optional<JsonValue> value(String field) {
        JsonValue value = object.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL
                ? Optional.empty()
                : Optional.of(value);
    }

    /** A text field; empty when missing or null. */
    public Optional<String> text(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isPresent() && !(value.get() instanceof JsonString)) {
            return refuse(field, "doit être une chaîne de caractères");
        }
        return value.map(v -> ((JsonString) v).getString());
    }

    /** A boolean field; empty when missing or null. */
    public Optional<Boolean> bool(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (value.get() == JsonValue.FALSE) {
            return Optional.of(false);
        }
        return refuse(field, "doit être true ou false");
    }

    /** A number field as a decimal; empty when missing or null. */
    public Optional<BigDecimal> decimal(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isPresent() && !(value.get() instanceof JsonNumber)) {
            return refuse(field, "doit être un nombre");
        }
        return value.map(v -> ((JsonNumber) v).bigDecimalValue());
    }

    /**
     * An integer that may be sent as {@code null}: empty when the field is missing, {@code
     * Optional.of(OptionalInt.empty())} when it is null.
     */
    public Optional<OptionalInt> nullableInt(String field) {
        if (!object.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = object.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(OptionalInt.empty());
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return Optional.of(OptionalInt.of(number.intValueExact()));
            } catch (ArithmeticException e) {
                return refuse(field, "nombre trop grand");
            }
        }
        return refuse(field, "doit être un nombre entier ou null");
    }

    /** An array of strings; empty when missing or null. */
    public Optional<List<String>> texts(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().getValueType() != JsonValue.ValueType.ARRAY) {
            return refuse(field, "doit être une liste de chaînes");
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : value.get().asJsonArray()) {
            if (!(item instanceof JsonString string)) {
                return refuse(field, "doit être une liste de chaînes");
            }
            texts.add(string.getString());
        }
        return Optional.of(texts);
    }

    /**
     * An object whose values are strings, numbers or booleans, read as strings (null values are
     * left out); empty when missing or null.
     */
    public Optional<Map<String, String>> scalars(String field) {
        Optional<JsonValue> value = value(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().getValueType() != JsonValue.ValueType.OBJECT) {
            return refuse(field, "doit être un objet");
        }
        Map<String, String> scalars = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : value.get().asJsonObject().entrySet()) {
            JsonValue v = e.getValue();
            switch (v.getValueType()) {
                case STRING -> scalars.put(e.getKey(), ((JsonString) v).getString());
                case NUMBER ->
                        scalars.put(e.getKey(), ((JsonNumber) v).bigDecimalValue().toPlainString());
                case TRUE -> scalars.put(e.getKey(), "true");
                case FALSE -> scalars.put(e.getKey(), "false");
                case NULL -> {}
                default -> {
                    return refuse(
                            field + "." + e.getKey(),
                            "doit être une chaîne, un nombre ou un booléen");
                }
            }
        }
        return Optional.of(scalars);
    }

    /** Records a problem of the caller's own (a value of the right type but not acceptable). */
    public void problem(String field, String reason) {
        problems.add(new JsonBody.FieldProblem(field, reason));
    }

    private <T> Optional<T> refuse(String field, String reason) {
        problems.add(new JsonBody.FieldProblem(field, reason));
        return Optional.empty();
    }

    /** The 400 answer listing every problem met so far; empty when the body is fine. */
    public Optional<Response> problems() {
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        JsonArrayBuilder detail = JSON.createArrayBuilder();
        problems.forEach(
                p ->
                        detail.add(
                                JSON.createObjectBuilder()
                                        .add("field", p.field())
                                        .add("reason", p.reason())));
        return Optional.of(
                Response.status(Response.Status.BAD_REQUEST)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(JSON.createObjectBuilder().add("detail", detail).build())
                        .build());
    }
}
