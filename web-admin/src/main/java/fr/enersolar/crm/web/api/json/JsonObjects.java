package fr.enersolar.crm.web.api.json;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Parses a request body that must be a JSON object, for every resource that reads bodies by hand.
 * Nesting deeper than {@value #MAX_DEPTH} is refused before parsing: JSON parsers recurse, and a
 * body of thousands of {@code [} would otherwise end in a stack overflow, not a 400.
 */
public final class JsonObjects {

    /** No body of ours nests deeper than a few levels. */
    static final int MAX_DEPTH = 32;

    private JsonObjects() {}

    /** The outcome: the object, or why the body is refused (French, for {@code detail}). */
    public sealed interface Parsed permits Accepted, Refused {}

    public record Accepted(JsonObject object) implements Parsed {}

    public record Refused(String reason) implements Parsed {}

    public static Parsed parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Refused("le corps de la requête est vide (objet JSON attendu)");
        }
        if (depthExceeds(raw, MAX_DEPTH)) {
            return new Refused("le JSON est imbriqué trop profondément");
        }
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(raw))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException | NumberFormatException e) {
            return new Refused("le corps de la requête n'est pas du JSON valide");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return new Refused("le corps de la requête doit être un objet JSON");
        }
        return new Accepted(value.asJsonObject());
    }

    /** True when brackets and braces outside strings nest deeper than {@code max}. */
    static boolean depthExceeds(String json, int max) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > max) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }
}
