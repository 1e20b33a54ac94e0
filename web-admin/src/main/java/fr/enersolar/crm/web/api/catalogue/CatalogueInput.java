package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.CatalogueException;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.application.catalogue.Values;
import fr.enersolar.crm.web.api.json.JsonObjects;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request body into {@link Values}: each known field checked for its JSON type (a text, a
 * boolean, a list of texts), unknown fields ignored, absent and null fields left out. What is wrong
 * becomes a {@link CatalogueException} naming every field, answered as 400.
 */
final class CatalogueInput {

    /** The longest list accepted in a body. */
    private static final int MAX_LIST = 100;

    private CatalogueInput() {}

    /** The values of {@code raw}, a JSON object. */
    static Values read(String raw, Set<String> texts, Set<String> flags, Set<String> lists) {
        JsonObject object = object(raw);
        List<CatalogueException.Problem> problems = new ArrayList<>();
        Values.Builder values = Values.builder();
        object.forEach(
                (field, value) -> {
                    if (value.getValueType() == JsonValue.ValueType.NULL) {
                        return;
                    }
                    if (texts.contains(field)) {
                        if (value instanceof JsonString s) {
                            values.text(field, s.getString());
                        } else {
                            problems.add(problem(field, "doit être une chaîne de caractères"));
                        }
                    } else if (flags.contains(field)) {
                        if (value.getValueType() == JsonValue.ValueType.TRUE
                                || value.getValueType() == JsonValue.ValueType.FALSE) {
                            values.flag(field, value.getValueType() == JsonValue.ValueType.TRUE);
                        } else {
                            problems.add(problem(field, "doit être true ou false"));
                        }
                    } else if (lists.contains(field)) {
                        Optional<List<String>> list = texts(value);
                        list.ifPresentOrElse(
                                l -> values.texts(field, l),
                                () ->
                                        problems.add(
                                                problem(field, "doit être une liste de chaînes")));
                    }
                });
        if (!problems.isEmpty()) {
            throw CatalogueException.invalid(problems);
        }
        return values.build();
    }

    /**
     * A body (or a field) that maps names to lists of texts, such as the legacy commandes {@code
     * {"PAC": ["75", "92"]}}.
     */
    static Map<String, List<String>> textLists(JsonValue value, String field) {
        if (!(value instanceof JsonObject object)) {
            throw CatalogueException.invalid(field, "doit être un objet {\"PAC\": [\"75\"]}");
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        object.forEach(
                (key, list) ->
                        map.put(
                                key,
                                texts(list)
                                        .orElseThrow(
                                                () ->
                                                        CatalogueException.invalid(
                                                                field + "." + key,
                                                                "doit être une liste de chaînes"))));
        return map;
    }

    /** The body as a JSON object; 400 naming {@code body} otherwise. */
    static JsonObject object(String raw) {
        JsonObjects.Parsed parsed = JsonObjects.parse(raw);
        if (parsed instanceof JsonObjects.Refused refused) {
            throw CatalogueException.invalid("body", refused.reason());
        }
        return ((JsonObjects.Accepted) parsed).object();
    }

    /** {@code limit} (default {@code defaultLimit}) and {@code skip} (default 0) from the query. */
    static Paging paging(String limit, String skip, int defaultLimit) {
        return new Paging(number(skip, "skip", 0), number(limit, "limit", defaultLimit));
    }

    /** An empty {@code value} as absent, so {@code ?crm_id=} filters nothing. */
    static Optional<String> filter(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static int number(String value, String field, int orElse) {
        if (value == null || value.isBlank()) {
            return orElse;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw CatalogueException.invalid(field, "nombre entier attendu");
        }
    }

    private static Optional<List<String>> texts(JsonValue value) {
        if (!(value instanceof JsonArray array) || array.size() > MAX_LIST) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s)) {
                return Optional.empty();
            }
            texts.add(s.getString());
        }
        return Optional.of(texts);
    }

    private static CatalogueException.Problem problem(String field, String reason) {
        return new CatalogueException.Problem(field, reason);
    }

    /** {@code {"success": true}}. */
    static JsonObject success() {
        return JSON.createObjectBuilder().add("success", true).build();
    }
}
