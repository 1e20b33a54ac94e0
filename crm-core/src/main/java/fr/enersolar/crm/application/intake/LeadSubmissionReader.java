package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.lead.FieldError;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON object into a {@link LeadSubmission} field by field, so that a value of the wrong
 * type (an object where a text is expected, an operator such as {@code {"$gt": ""}}) is reported
 * for that field instead of failing the whole request. Numbers are accepted where text is expected
 * (scripts send {@code "code_postal": 75011}); unknown fields are ignored.
 */
public final class LeadSubmissionReader {

    private final JsonObject json;
    private final List<FieldError> typeErrors = new ArrayList<>();

    private LeadSubmissionReader(JsonObject json) {
        this.json = json;
    }

    public static LeadSubmission read(JsonObject json, String rawJson) {
        LeadSubmissionReader r = new LeadSubmissionReader(json);
        return new LeadSubmission(
                r.text("form_id"),
                r.text("phone"),
                r.text("nom"),
                r.text("prenom"),
                r.text("civilite"),
                r.text("email"),
                r.text("code_postal"),
                r.text("departement"),
                r.text("ville"),
                r.text("adresse"),
                r.text("type_logement"),
                r.text("statut_occupant"),
                r.text("surface_habitable"),
                r.text("annee_construction"),
                r.text("type_chauffage"),
                r.text("facture_electricite"),
                r.text("facture_chauffage"),
                r.text("type_projet"),
                r.text("delai_projet"),
                r.text("budget"),
                r.text("lp_code"),
                r.text("liaison_code"),
                r.text("source"),
                r.text("utm_source"),
                r.text("utm_medium"),
                r.text("utm_campaign"),
                r.flag("rgpd_consent", true),
                r.flag("newsletter", false),
                r.text("session_id"),
                r.text("page_url"),
                r.typeErrors,
                rawJson);
    }

    private String text(String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString().trim();
            case NUMBER -> ((JsonNumber) value).toString();
            case TRUE, FALSE -> value.toString();
            default -> {
                typeErrors.add(new FieldError(name, "doit être une chaîne de caractères"));
                yield "";
            }
        };
    }

    /** The seed's defaults: rgpd_consent true unless false is sent, newsletter false. */
    private boolean flag(String name, boolean absent) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            case STRING -> parseFlag(name, ((JsonString) value).getString(), absent);
            case NUMBER -> ((JsonNumber) value).intValue() != 0;
            default -> {
                typeErrors.add(new FieldError(name, "doit être un booléen"));
                yield absent;
            }
        };
    }

    private boolean parseFlag(String name, String text, boolean absent) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("true") || t.equals("1") || t.equals("on") || t.equals("oui")) {
            return true;
        }
        if (t.equals("false") || t.equals("0") || t.equals("off") || t.equals("non")) {
            return false;
        }
        if (t.isEmpty()) {
            return absent;
        }
        typeErrors.add(new FieldError(name, "doit être un booléen"));
        return absent;
    }
}
