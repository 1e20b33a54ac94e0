package fr.enersolar.crm.application.jobs;

import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What the nightly jobs read and write in the store. Reads are cursors in (created_at, id) order
 * that start after a key (the reader's checkpoint): one query per step, which the embedded store
 * answers with a single pass over the leads where pages would each have read them all again; writes
 * are idempotent, so a chunk replayed after a restart changes nothing twice.
 */
public interface NightlyData {

    /** Leads created in {@code [from, to)}, after {@code after} (null: from the start). */
    LeadCursor leadsCreated(Instant from, Instant to, PageKey after);

    /**
     * Delivered ({@code success} or {@code duplicate}) cross-CRM leads created in {@code [from,
     * to)}, after {@code after} (null: from the start).
     */
    LeadCursor deliveredCrossCrm(Instant from, Instant to, PageKey after);

    /** The CRM of every account: account id → CRM id (a small collection). */
    Map<String, String> accountCrms();

    /**
     * Hands a lead back to the delivery outbox, only if it is still {@code failed} and not leased:
     * {@code api_status=queued}, due now, no lease, {@code retried_by=nightly_verification}, {@code
     * retried_at=runAt}, one more retry and a timeline entry.
     *
     * @param version the lead's version as the reader saw it ({@link LeadRow#version()}): if the
     *     lead still has it, it is written at once; otherwise (or null) it is read and checked
     *     again
     * @return false when the lead was no longer in a retryable state (nothing written)
     */
    boolean requeue(String leadId, Long version, Instant runAt, Instant now);

    /** Inserts or replaces the report (its id is the run's start time). */
    void storeReport(VerificationReport report);

    /**
     * Makes {@code statements} the drafts of {@code period}: each replaces the statement of its CRM
     * pair unless that one is already sent or paid (final); drafts of pairs absent from the list
     * are deleted. Returns how many statements were written.
     */
    int replaceDrafts(YearMonth period, List<BillingStatement> statements);

    /**
     * The cross-CRM figures of leads created in {@code [from, to)}, with at most {@code
     * detailsLimit} details (oldest first).
     */
    CrossCrmFigures crossCrm(Instant from, Instant to, int detailsLimit);

    /** Every CRM's name and slug, by id (a small collection). */
    Map<String, CrossCrmFigures.CrmName> crmNames();
}
