package fr.enersolar.crm.web.api.json;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request body read as a JSON object, field by field, instead of being bound to a class: a field
 * of the wrong type ({@code {"lp_code": {"$gt": ""}}}) is reported by name, never passed on, and
 * fields nobody asks for are ignored. Reading a field records what is wrong with it; {@link
 * #problems()} then gives the 400 answer {@code {"detail": [{"field", "reason"}]}}.
 *
 * <p>Reasons are in French, like the rest of the public API's messages.
 */
public final class JsonBody {

    /** One thing wrong with the body, as sent in {@code detail}. */
    public record FieldProblem(String field, String reason) {}

    private final JsonObject object;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    /** Reads {@code raw}; anything but a JSON object is a problem with the field {@code body}. */
    public static JsonBody parse(String raw) {
        JsonObjects.Parsed parsed = JsonObjects.parse(raw);
        if (parsed instanceof JsonObjects.Refused refused) {
            return invalid(refused.reason());
        }
        return new JsonBody(((JsonObjects.Accepted) parsed).object());
    }

    private static JsonBody invalid(String reason) {
        JsonBody body = new JsonBody(JsonValue.EMPTY_JSON_OBJECT);
        body.problems.add(new FieldProblem("body", reason));
        return body;
    }

    /** A text field that may be missing or null (both give empty); any other type is a problem. */
    public Optional<String> text(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        problems.add(new FieldProblem(field, "doit être une chaîne de caractères"));
        return Optional.empty();
    }

    /** A text field that must be there and not blank; empty (with a problem) otherwise. */
    public Optional<String> requiredText(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            problems.add(new FieldProblem(field, "champ requis"));
            return Optional.empty();
        }
        Optional<String> text = text(field);
        if (text.isPresent() && text.get().isBlank()) {
            problems.add(new FieldProblem(field, "champ requis"));
            return Optional.empty();
        }
        return text;
    }

    /**
     * A whole number in {@code [min, max]} that must be there; empty (with a problem) otherwise.
     */
    public Optional<Integer> requiredInt(String field, int min, int max) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            problems.add(new FieldProblem(field, "champ requis"));
            return Optional.empty();
        }
        if (value instanceof jakarta.json.JsonNumber number
                && number.isIntegral()
                && number.longValue() >= min
                && number.longValue() <= max) {
            return Optional.of(number.intValue());
        }
        problems.add(new FieldProblem(field, "entier entre " + min + " et " + max + " attendu"));
        return Optional.empty();
    }

    /** A text field, empty when missing, null or of another type (which is a problem). */
    public String textOrEmpty(String field) {
        return text(field).orElse("");
    }

    /** Whether the field is there with a non-null value. */
    public boolean has(String field) {
        JsonValue value = object.get(field);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /** A boolean field that may be missing or null (both give empty); another type is a problem. */
    public Optional<Boolean> bool(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Optional.of(true);
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Optional.of(false);
        }
        problems.add(new FieldProblem(field, "doit être true ou false"));
        return Optional.empty();
    }

    /** An object field that may be missing or null; another type is a problem. */
    public Optional<JsonObject> object(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return Optional.of(value.asJsonObject());
        }
        problems.add(new FieldProblem(field, "doit être un objet JSON"));
        return Optional.empty();
    }

    /** An array field that may be missing or null; another type is a problem. */
    public Optional<JsonArray> array(String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return Optional.of(value.asJsonArray());
        }
        problems.add(new FieldProblem(field, "doit être une liste JSON"));
        return Optional.empty();
    }

    /** Records a problem found by the caller (a value of the right type but not acceptable). */
    public void problem(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
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
