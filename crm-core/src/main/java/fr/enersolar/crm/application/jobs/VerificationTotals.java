package fr.enersolar.crm.application.jobs;

import fr.enersolar.crm.domain.model.verification.VerificationDetail;
import fr.enersolar.crm.domain.model.verification.VerificationPeriod;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.domain.model.verification.VerificationTally;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The running figures of one verification run; serializable, so the job checkpoints them with its
 * reader's position and a restarted run resumes with exactly the figures of the committed chunks.
 *
 * <p>Unlike the seed, the job does not send: a re-queued lead is counted in {@code retried} and its
 * outcome is the outbox's (its timeline), so {@code retry_success}/{@code retry_failed} stay 0.
 * Details are kept for the first {@value #MAX_DETAILS} leads, the figures for all.
 */
public final class VerificationTotals implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Details kept per report (the seed kept them all, unbounded). */
    public static final int MAX_DETAILS = 1_000;

    private long totalLeads;
    private long successful;
    private long duplicates;
    private long failed;
    private long retried;
    private long skippedDuplicates;
    private final ArrayList<String[]> details = new ArrayList<>();

    /** Counts one classified lead; {@code requeued} says whether the outbox took it back. */
    public void count(LeadCheck check, boolean requeued) {
        totalLeads++;
        switch (check.outcome()) {
            case SUCCESSFUL -> successful++;
            case DUPLICATE -> duplicates++;
            case REQUEUE, REQUEUED_BY_THIS_RUN -> {
                failed++;
                if (requeued) {
                    retried++;
                    detail(check.leadId(), "requeued", "", check.originalStatus());
                } else {
                    detail(check.leadId(), "skipped", "Statut modifié", check.originalStatus());
                }
            }
            case SKIPPED -> {
                failed++;
                if ("Doublon CRM".equals(check.reason())) {
                    skippedDuplicates++;
                }
                detail(check.leadId(), "skipped", check.reason(), check.originalStatus());
            }
            case IGNORED -> {}
        }
    }

    private void detail(String lead, String action, String reason, String status) {
        if (details.size() < MAX_DETAILS) {
            details.add(new String[] {lead, action, reason, status});
        }
    }

    public long totalLeads() {
        return totalLeads;
    }

    public long retried() {
        return retried;
    }

    /** The report of the run started at {@code runAt} over {@code [from, to)}. */
    public VerificationReport report(Instant runAt, Instant from, Instant to) {
        List<VerificationDetail> list = new ArrayList<>(details.size());
        for (String[] d : details) {
            list.add(new VerificationDetail(d[0], d[1], d[2], d[3], "", "", ""));
        }
        return new VerificationReport(
                runAt,
                new VerificationPeriod(from, to),
                new VerificationTally(
                        totalLeads,
                        successful,
                        duplicates,
                        failed,
                        retried,
                        0,
                        0,
                        skippedDuplicates),
                list);
    }
}
