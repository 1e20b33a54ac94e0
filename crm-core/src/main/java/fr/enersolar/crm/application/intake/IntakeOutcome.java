package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import java.util.List;
import java.util.Optional;

/**
 * What intake did with a submission. The lead is always stored (this one, or the earlier one it
 * repeats).
 *
 * @param leadId the stored lead
 * @param status its status
 * @param errors what was wrong with the submission (empty when valid)
 * @param duplicateOf the earlier lead this one repeats (internal duplicate)
 * @param resubmission true when this submission repeated one received seconds before, and {@code
 *     leadId} is that first lead: nothing new was stored
 */
public record IntakeOutcome(
        LeadId leadId,
        LeadStatus status,
        List<FieldError> errors,
        Optional<LeadId> duplicateOf,
        boolean resubmission) {

    /** True when the visitor's submission was accepted. */
    public boolean accepted() {
        return status.accepted();
    }

    /** The French message for the form script. */
    public String message() {
        if (resubmission) {
            return "Lead déjà reçu";
        }
        return switch (status) {
            case PENDING -> "Lead enregistré";
            case INTERNAL_DUPLICATE -> "Lead enregistré (déjà reçu pour ce produit)";
            default -> "Lead enregistré mais invalide : " + errors.get(0).reason();
        };
    }
}
