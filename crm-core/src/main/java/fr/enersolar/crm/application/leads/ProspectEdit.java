package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.application.intake.LeadSubmission;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.service.FrenchPhones;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A staff correction of a lead's prospect fields, checked by the same rules as intake (the
 * constraints of {@link LeadSubmission}: the phone read by {@link FrenchPhones}, the postal code of
 * a known département, the same lengths) and normalised as intake normalises: the phone stored in
 * national and E.164 forms, the département derived from the postal code.
 *
 * <p>Unlike intake, nothing invalid is kept: a correction with a bad value is refused whole.
 */
public final class ProspectEdit {

    /** The fields staff may correct, by their JSON names, in display order. */
    public static final List<String> EDITABLE =
            List.of(
                    "phone",
                    "civilite",
                    "nom",
                    "prenom",
                    "email",
                    "code_postal",
                    "departement",
                    "ville",
                    "adresse");

    /** Every field a correction may write: the editable ones and the derived E.164 phone. */
    public static final List<String> STORED =
            List.of(
                    "phone",
                    "phone_e164",
                    "civilite",
                    "nom",
                    "prenom",
                    "email",
                    "code_postal",
                    "departement",
                    "ville",
                    "adresse");

    private ProspectEdit() {}

    /** The outcome: the values to store, or what is wrong. */
    public sealed interface Checked permits Accepted, Refused {}

    /**
     * @param values the fields to write (the given ones, normalised, plus the derived ones)
     */
    public record Accepted(Map<String, String> values) implements Checked {}

    public record Refused(List<FieldError> problems) implements Checked {}

    /**
     * Checks the given fields ({@code null} values are not given).
     *
     * @param given editable field → new value, by JSON name
     */
    public static Checked check(Map<String, String> given, Validator validator) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : EDITABLE) {
            String value = given.get(field);
            if (value == null) {
                continue;
            }
            String trimmed = value.strip();
            for (ConstraintViolation<LeadSubmission> v :
                    validator.validateValue(LeadSubmission.class, property(field), trimmed)) {
                problems.add(new FieldError(field, v.getMessage()));
            }
            values.put(field, trimmed);
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        if (values.containsKey("phone")) {
            FrenchPhones.Valid phone = (FrenchPhones.Valid) FrenchPhones.check(values.get("phone"));
            values.put("phone", phone.national());
            values.put("phone_e164", phone.e164());
        }
        String postal = values.get("code_postal");
        String departement = values.get("departement");
        if (postal != null && !postal.isEmpty()) {
            String derived = Departement.fromPostalCode(postal).code();
            if (departement != null
                    && !departement.isEmpty()
                    && !derived.equals(normalised(departement))) {
                problems.add(
                        new FieldError(
                                "departement",
                                "ne correspond pas au code postal (" + derived + ")"));
            }
            values.put("departement", derived);
        } else if (departement != null && !departement.isEmpty()) {
            try {
                values.put("departement", Departement.of(departement).code());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError("departement", "Département inconnu"));
            }
        }
        return problems.isEmpty() ? new Accepted(values) : new Refused(problems);
    }

    private static String normalised(String departement) {
        try {
            return Departement.of(departement).code();
        } catch (IllegalArgumentException e) {
            return departement;
        }
    }

    /** {@code code_postal} → {@code codePostal}, the submission's property. */
    static String property(String jsonName) {
        StringBuilder property = new StringBuilder();
        boolean upper = false;
        for (char c : jsonName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                property.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return property.toString();
    }
}
