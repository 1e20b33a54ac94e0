package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.lead.FieldError;
import java.util.List;
import java.util.Map;

/** What became of a staff correction of a lead. */
public sealed interface EditOutcome {

    /** No live lead has this id. */
    record NotFound() implements EditOutcome {}

    /** A value breaks an intake rule; nothing was written. */
    record Invalid(List<FieldError> problems) implements EditOutcome {}

    /** Someone else changed one of these fields meanwhile; nothing was written. */
    record Conflict() implements EditOutcome {}

    /**
     * Written (or nothing to write, when {@code before} is empty): the changed fields' old and new
     * values.
     */
    record Edited(Map<String, String> before, Map<String, String> after) implements EditOutcome {}
}
