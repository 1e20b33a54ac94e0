package fr.enersolar.crm.web.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Reading answers in the admin API tests. */
public final class Json {

    private Json() {}

    /** The answer's body as a JSON object. */
    public static JsonObject object(HttpResponse<String> answer) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject();
        }
    }

    /** The answer's body as a JSON array. */
    public static JsonArray array(HttpResponse<String> answer) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(answer.body()))) {
            return reader.readArray();
        }
    }

    /** A JSON text built from alternating keys and values (strings, booleans, numbers, JSON). */
    public static String of(Object... keysAndValues) {
        var builder = jakarta.json.Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            Object value = keysAndValues[i + 1];
            if (value == null) {
                builder.addNull(key);
            } else if (value instanceof Boolean b) {
                builder.add(key, b);
            } else if (value instanceof Integer n) {
                builder.add(key, n);
            } else if (value instanceof jakarta.json.JsonValue json) {
                builder.add(key, json);
            } else {
                builder.add(key, value.toString());
            }
        }
        return builder.build().toString();
    }
}
