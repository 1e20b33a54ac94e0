package fr.enersolar.crm.web.api.leads;

import fr.enersolar.crm.web.api.leads.IntakeFuzzIT.Attempt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates intake requests: malformed JSON, JSON that is not an object, objects whose fields carry
 * operators, arrays, nesting, huge, control or exotic text, wrong types and strange keys, with
 * valid, wrong or missing keys and content types. Each attempt says whether the intake must store
 * it: a valid key, a JSON content type, a parsable JSON object within the 64 KiB limit.
 */
final class FuzzPayloads {

    private static final String[] FIELDS = {
        "form_id",
        "phone",
        "nom",
        "prenom",
        "civilite",
        "email",
        "code_postal",
        "departement",
        "ville",
        "adresse",
        "type_logement",
        "statut_occupant",
        "surface_habitable",
        "annee_construction",
        "type_chauffage",
        "facture_electricite",
        "facture_chauffage",
        "type_projet",
        "delai_projet",
        "budget",
        "lp_code",
        "liaison_code",
        "source",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "rgpd_consent",
        "newsletter",
        "session_id",
        "page_url"
    };

    private static final String[] HOSTILE_TEXT = {
        "",
        " ",
        "0612345678",
        "+33 6 12 34 56 78",
        "0033612345678",
        "0666666666",
        "0123456789",
        "<script>alert(1)</script>",
        "'; DROP TABLE leads; --",
        "${jndi:ldap://127.0.0.1/a}",
        "{{7*7}}",
        "../../etc/passwd",
        "\u0000",
        "\u0007\u001b[31m",
        "\uD83D\uDE00\uD83C\uDDEB\uD83C\uDDF7",
        "\u202Egnp.exe",
        "e\u0301\u0301\u0301",
        "\\",
        "\"",
        "null",
        "true",
        "-1",
        "1e309",
        "NaN",
        "75011",
        "2A",
        "97400",
        "20000",
        "99999",
        "PV-001",
        "LP-001_PV-001",
        "$where",
        "a.b.c",
    };

    private static final String[] BROKEN_JSON = {
        "",
        " ",
        "{",
        "}",
        "{\"phone\":",
        "{\"phone\": \"06\"",
        "{phone: '0612345678'}",
        "{\"a\":1,}",
        "[1,2,",
        "\"unterminated",
        "{\"a\": NaN}",
        "{\"a\": Infinity}",
        "{\"a\": 0x10}",
        "{\"a\": 01}",
        "// comment\n{}",
        "{\"a\":\"\\uZZZZ\"}",
        "{\"a\" \"b\"}",
        "nul",
        "tru",
        "{\"a\":1}{\"b\":2}",
        "\u0000",
        "<xml/>",
        "phone=0612345678",
    };

    private final Random random;
    private final String form;
    private final String key;

    FuzzPayloads(Random random, String form, String key) {
        this.random = random;
        this.form = form;
        this.key = key;
    }

    Attempt next() {
        int kind = random.nextInt(100);
        if (kind < 12) {
            return new Attempt(brokenJson(), headers(true), false);
        }
        if (kind < 18) {
            return new Attempt(
                    pick(
                            new String[] {
                                "[]",
                                "[{}]",
                                "\"text\"",
                                "42",
                                "null",
                                "true",
                                "[" + object(2) + "]"
                            }),
                    headers(true),
                    false);
        }
        if (kind < 24) {
            return wrongEnvelope();
        }
        if (kind < 26) {
            return new Attempt("{\"nom\":\"" + "x".repeat(70 * 1024) + "\"}", headers(true), false);
        }
        return new Attempt(object(0), headers(true), true);
    }

    /** Valid-key, JSON-typed requests whose body is not valid JSON. */
    private String brokenJson() {
        String base = pick(BROKEN_JSON);
        if (random.nextBoolean()) {
            String good = object(0);
            base = good.substring(0, random.nextInt(Math.max(1, good.length() - 1)));
        }
        if (random.nextInt(10) == 0) {
            base = "[".repeat(5000 + random.nextInt(5000));
        }
        return base;
    }

    /** A good body, but a wrong or missing key, or a content type that is not JSON. */
    private Attempt wrongEnvelope() {
        Map<String, String> headers = new LinkedHashMap<>();
        switch (random.nextInt(6)) {
            case 0 -> {}
            case 1 -> headers.put("Authorization", "Token wrong-key-wrong-key");
            case 2 -> headers.put("Authorization", key);
            case 3 -> headers.put("Authorization", "Token " + key + " extra");
            case 4 -> {
                headers.put("Authorization", "Token " + key);
                headers.put(
                        "Content-Type",
                        pick(
                                new String[] {
                                    "text/plain",
                                    "application/x-www-form-urlencoded",
                                    "application/xml",
                                    "multipart/form-data; boundary=x"
                                }));
            }
            default -> headers.put("Authorization", "Token\u00a0" + key);
        }
        return new Attempt(object(0), headers, false);
    }

    private Map<String, String> headers(boolean validKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", (random.nextBoolean() ? "Token " : "Bearer ") + key);
        headers.put(
                "Content-Type",
                pick(
                        new String[] {
                            "application/json",
                            "application/json; charset=utf-8",
                            "application/json;charset=UTF-8"
                        }));
        if (random.nextInt(4) == 0) {
            headers.put(
                    "X-Forwarded-For",
                    pick(
                            new String[] {
                                "1.2.3.4", "not-an-ip", "::1, 10.0.0.1", "", "999.999.1.1"
                            }));
        }
        if (random.nextInt(4) == 0) {
            // HTTP header values are visible ASCII: the client refuses anything else.
            headers.put(
                    "Referer",
                    "https://x.example/" + pick(HOSTILE_TEXT).replaceAll("[^\\x21-\\x7e]", ""));
        }
        return headers;
    }

    /** A JSON object with a random mix of real and strange fields. */
    private String object(int depth) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(12);
        List<String> keys = new java.util.ArrayList<>();
        if (random.nextInt(3) > 0) {
            keys.add("form_id");
        }
        if (random.nextInt(3) > 0) {
            keys.add("phone");
        }
        for (int i = 0; i < fields; i++) {
            keys.add(random.nextInt(5) == 0 ? strangeKey() : pick(FIELDS));
        }
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            String k = keys.get(i);
            json.append(quote(k)).append(':').append(value(k, depth));
        }
        return json.append('}').toString();
    }

    private String value(String field, int depth) {
        int choice = random.nextInt(20);
        if (field.equals("form_id") && choice < 12) {
            return quote(random.nextInt(6) == 0 ? "PV-999" : form);
        }
        if (field.equals("phone") && choice < 10) {
            return quote(random.nextBoolean() ? mobile() : pick(HOSTILE_TEXT));
        }
        return switch (choice) {
            case 0 -> "{\"$gt\": \"\"}";
            case 1 -> "{\"$where\": \"sleep(1000)\"}";
            case 2 -> "[" + quote(pick(HOSTILE_TEXT)) + ", 1, null]";
            case 3 -> depth < 3 ? object(depth + 1) : "{}";
            case 4 -> Integer.toString(random.nextInt());
            case 5 -> "1.7976931348623157E308";
            case 6 -> "-0.0";
            case 7 -> random.nextBoolean() ? "true" : "false";
            case 8 -> "null";
            case 9 -> quote("x".repeat(random.nextInt(3000)));
            default -> quote(pick(HOSTILE_TEXT));
        };
    }

    private String strangeKey() {
        return pick(
                new String[] {
                    "__proto__",
                    "constructor",
                    "$set",
                    "a.b",
                    "",
                    " ",
                    "\u0000",
                    "phone ",
                    "PHONE",
                    "_id",
                    "id",
                    "status",
                    "api_status",
                    "lead_id",
                    "\uD83D\uDE00"
                });
    }

    /** A valid French mobile that is rarely the same twice. */
    private String mobile() {
        return "061" + (1000000 + random.nextInt(8999999));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A JSON string literal, escaping what JSON requires. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
