package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Finds the form a submission names: form scripts send a code ({@code PV-001}), older integrations
 * an id (SPEC-seed §6.1). A reference that is neither finds nothing.
 */
@ApplicationScoped
public class FormReferences {

    @Inject FormRepository forms;

    public Optional<Form> resolve(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.trim();
        try {
            return forms.find(new FormId(ref));
        } catch (IllegalArgumentException notAnId) {
            // not a UUID: try it as a code
        }
        try {
            return forms.findByCode(new FormCode(ref));
        } catch (IllegalArgumentException notACode) {
            return Optional.empty();
        }
    }
}
