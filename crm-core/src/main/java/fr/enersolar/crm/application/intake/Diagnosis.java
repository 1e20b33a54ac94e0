package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.Departements;
import fr.enersolar.crm.domain.service.FrenchPhones;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What is right and wrong with one submission: its form, its normalised phone, its département, and
 * every field error, from which the lead's status follows (the first applicable {@link
 * LeadStatus}).
 */
record Diagnosis(
        Optional<Form> form,
        Optional<FrenchPhones.Valid> phone,
        Optional<Departement> departement,
        List<FieldError> errors,
        LeadStatus status) {

    static final String REQUIRED = "Champ obligatoire";

    static Diagnosis of(LeadSubmission s, Validator validator, FormReferences forms) {
        List<FieldError> errors = new ArrayList<>(s.typeErrors());
        errors.addAll(LeadIntake.violations(validator, s));

        Optional<Form> form = forms.resolve(s.formId());
        if (form.isEmpty()) {
            errors.add(
                    new FieldError(
                            "form_id",
                            s.formId().isEmpty()
                                    ? "Le formulaire est obligatoire"
                                    : "Formulaire non trouvé"));
        }
        Optional<FrenchPhones.Valid> phone =
                FrenchPhones.check(s.phone()) instanceof FrenchPhones.Valid v
                        ? Optional.of(v)
                        : Optional.empty();
        Optional<Departement> departement = departement(s, errors);

        List<String> required = form.map(Form::requiredFields).orElse(Form.DEFAULT_REQUIRED_FIELDS);
        for (String field : required) {
            boolean missing =
                    switch (field) {
                        case "phone" -> false; // the phone constraint reports it
                        case "departement" ->
                                departement.isEmpty()
                                        && !hasError(errors, field)
                                        && !hasError(errors, "code_postal");
                        default -> s.field(field).isBlank();
                    };
            if (missing && !hasError(errors, field)) {
                errors.add(new FieldError(field, REQUIRED));
            }
        }
        return new Diagnosis(
                form, phone, departement, List.copyOf(errors), status(errors, departement));
    }

    /** From the postal code when there is a valid one, else from the département sent. */
    private static Optional<Departement> departement(LeadSubmission s, List<FieldError> errors) {
        if (!s.codePostal().isEmpty() && !hasError(errors, "code_postal")) {
            return Optional.of(Departement.fromPostalCode(s.codePostal()));
        }
        if (!s.departement().isEmpty()) {
            Optional<Departement> sent = Departements.byCode(s.departement());
            if (sent.isEmpty() && !hasError(errors, "departement")) {
                errors.add(new FieldError("departement", "Département inconnu"));
            }
            return sent;
        }
        return Optional.empty();
    }

    private static LeadStatus status(List<FieldError> errors, Optional<Departement> departement) {
        if (hasError(errors, "form_id")) {
            return LeadStatus.ORPHAN;
        }
        if (hasError(errors, "phone")) {
            return LeadStatus.INVALID_PHONE;
        }
        if (errors.stream().anyMatch(e -> e.reason().equals(REQUIRED))) {
            return LeadStatus.MISSING_REQUIRED;
        }
        if (!errors.isEmpty()) {
            return LeadStatus.INVALID_FIELD;
        }
        if (departement.map(Departement::isOverseas).orElse(false)) {
            return LeadStatus.OUT_OF_AREA;
        }
        return LeadStatus.PENDING;
    }

    /** Overseas addresses are an error the visitor is told about, though the lead is kept. */
    @Override
    public List<FieldError> errors() {
        if (status == LeadStatus.OUT_OF_AREA) {
            List<FieldError> all = new ArrayList<>(errors);
            all.add(
                    new FieldError(
                            "code_postal",
                            "Adresse hors zone desservie (France métropolitaine uniquement)"));
            return all;
        }
        return errors;
    }

    private static boolean hasError(List<FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** One line for the lead's timeline. */
    String summary() {
        if (status == LeadStatus.PENDING) {
            return "Valide";
        }
        return "Invalide ("
                + status.wire()
                + ") : "
                + errors().stream()
                        .map(e -> e.field() + " — " + e.reason())
                        .collect(Collectors.joining("; "));
    }
}
