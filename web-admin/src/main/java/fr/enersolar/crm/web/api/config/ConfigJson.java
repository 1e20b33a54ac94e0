package fr.enersolar.crm.web.api.config;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.settings.ReferenceData;
import fr.enersolar.crm.domain.model.reference.Aide;
import fr.enersolar.crm.web.api.json.JsonBody;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the config resources share: the answer of an {@code init}, aids read from JSON. */
final class ConfigJson {

    private ConfigJson() {}

    /**
     * {@code {success: true, message, created, count}}, or {@code {success: false, message, count}}
     * when the collection already had entries (the seed's shape for its inits).
     */
    static JsonObject initialised(ReferenceData.Initialised done, String what, String already) {
        if (done.created() == 0) {
            return JSON.createObjectBuilder()
                    .add("success", false)
                    .add("message", already)
                    .add("count", done.count())
                    .build();
        }
        return JSON.createObjectBuilder()
                .add("success", true)
                .add("message", done.created() + " " + what + " créé(e)s")
                .add("created", done.created())
                .add("count", done.count())
                .build();
    }

    /** The aids of a JSON array; each problem is named {@code aides[i].field}. */
    static List<Aide> aides(JsonBody body, JsonArray array) {
        List<Aide> aides = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String at = "aides[" + i + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                body.problem(at, "doit être un objet {name, amount, conditions}");
                continue;
            }
            JsonObject object = item.asJsonObject();
            Optional<String> name = text(body, object, at + ".name");
            Optional<String> amount = text(body, object, at + ".amount");
            Optional<String> conditions = text(body, object, at + ".conditions");
            if (name.isEmpty() || name.get().isBlank()) {
                body.problem(at + ".name", "champ requis");
                continue;
            }
            try {
                aides.add(new Aide(name.get(), amount.orElse(""), conditions.orElse("")));
            } catch (IllegalArgumentException e) {
                body.problem(at, e.getMessage());
            }
        }
        return aides;
    }

    /** A string, or a number written as text; another type is a problem. */
    private static Optional<String> text(JsonBody body, JsonObject object, String path) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        body.problem(path, "doit être une chaîne de caractères");
        return Optional.empty();
    }
}
