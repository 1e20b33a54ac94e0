package fr.enersolar.crm.application.jobs;

import java.time.Instant;

/**
 * The fields of a lead the nightly jobs read, projected by the store (never the whole document).
 *
 * @param apiStatus the delivery status wire name ({@code success}, {@code failed}…), may be null
 * @param priceCents the unit price frozen at routing, in euro cents
 * @param retriedBy who retried the lead last ({@code nightly_verification} for this job)
 * @param version the lead's version (its write token) as read, when no delivery worker held it
 *     then; null otherwise, or when the lead has none. A write naming it applies only to the lead
 *     exactly as read, so it needs no second read.
 */
public record LeadRow(
        String id,
        Instant createdAt,
        String apiStatus,
        String apiResponse,
        String targetCrmId,
        String accountId,
        String productType,
        String departement,
        long priceCents,
        boolean crossCrm,
        String retriedBy,
        Instant retriedAt,
        Long version) {

    /** Where a reader stands: the last row it returned, in (created_at, id) order. */
    public PageKey key() {
        return new PageKey(createdAt, id);
    }
}
