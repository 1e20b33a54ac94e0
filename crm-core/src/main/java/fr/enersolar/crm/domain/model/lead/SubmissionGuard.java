package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.form.FormId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Protects intake against double submits (a double click, a retried request): one claim per form
 * and phone number within a short window, decided by the store so that it holds across threads and
 * servers.
 */
public interface SubmissionGuard {

    /**
     * Claims the right to store {@code candidate} for this form and phone.
     *
     * @return empty when the claim is ours; otherwise the lead claimed by an earlier submission
     *     within {@code window}
     */
    Optional<LeadId> claim(
            FormId form, String phoneE164, LeadId candidate, Instant now, Duration window);

    /** Takes the claim over whoever holds it (its lead never got stored). */
    void takeOver(FormId form, String phoneE164, LeadId candidate, Instant now);

    /** Gives up a claim whose lead could not be stored, so the next submission is not refused. */
    void release(FormId form, String phoneE164, LeadId candidate);
}
