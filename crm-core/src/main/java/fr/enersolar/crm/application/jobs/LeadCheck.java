package fr.enersolar.crm.application.jobs;

import java.io.Serializable;
import java.util.Locale;

/**
 * How the nightly verification classifies one lead (SPEC-seed §11, with the fixes of §20: leads the
 * delivery workers own, {@code pending} and {@code queued}, are never retried by the job, so a lead
 * is never sent twice).
 *
 * @param reason French text for a skipped lead, else empty
 * @param version for a lead to re-queue, its version as read ({@link LeadRow#version()}), else null
 */
public record LeadCheck(
        String leadId, Outcome outcome, String originalStatus, String reason, Long version)
        implements Serializable {

    /** A check that writes nothing, or whose lead is read again before it is written. */
    public LeadCheck(String leadId, Outcome outcome, String originalStatus, String reason) {
        this(leadId, outcome, originalStatus, reason, null);
    }

    /** Who retries the leads this job hands back to the outbox. */
    public static final String RETRIED_BY = "nightly_verification";

    /** What the job does with the lead. */
    public enum Outcome {
        /** Delivered ({@code success}). */
        SUCCESSFUL,
        /** The partner already had it ({@code duplicate}). */
        DUPLICATE,
        /** Not delivered and retryable: handed back to the outbox. */
        REQUEUE,
        /** Already handed back by this same run (a chunk replayed after a restart). */
        REQUEUED_BY_THIS_RUN,
        /** Not delivered, not retried by the job (reason says why). */
        SKIPPED,
        /** Not a delivery matter (an intake diagnosis, a refusal staff must fix): not counted. */
        IGNORED
    }

    /**
     * Classifies {@code lead} for the run started at {@code runAt}. {@code failed} leads are
     * retried unless the partner's answer says it already has them ("doublon"/"duplicate"); a lead
     * this run already re-queued keeps counting as retried, so a replayed chunk counts it once.
     */
    public static LeadCheck of(LeadRow lead, java.time.Instant runAt) {
        String status = lead.apiStatus() == null ? "" : lead.apiStatus();
        String id = lead.id();
        if (RETRIED_BY.equals(lead.retriedBy()) && runAt.equals(lead.retriedAt())) {
            return new LeadCheck(id, Outcome.REQUEUED_BY_THIS_RUN, "failed", "");
        }
        switch (status) {
            case "success":
                return new LeadCheck(id, Outcome.SUCCESSFUL, status, "");
            case "duplicate":
                return new LeadCheck(id, Outcome.DUPLICATE, status, "");
            case "failed":
                String response =
                        lead.apiResponse() == null
                                ? ""
                                : lead.apiResponse().toLowerCase(Locale.ROOT);
                if (response.contains("doublon") || response.contains("duplicate")) {
                    return new LeadCheck(id, Outcome.SKIPPED, status, "Doublon CRM");
                }
                if (lead.targetCrmId() == null || lead.targetCrmId().isEmpty()) {
                    return new LeadCheck(id, Outcome.SKIPPED, status, "Sans CRM");
                }
                return new LeadCheck(id, Outcome.REQUEUE, status, "", lead.version());
            case "pending":
            case "queued":
                return new LeadCheck(id, Outcome.SKIPPED, status, "Envoi en cours");
            case "no_crm":
            case "pending_no_order":
            case "pending_manual":
                return new LeadCheck(id, Outcome.SKIPPED, status, "Sans CRM");
            default:
                return new LeadCheck(id, Outcome.IGNORED, status, "");
        }
    }
}
