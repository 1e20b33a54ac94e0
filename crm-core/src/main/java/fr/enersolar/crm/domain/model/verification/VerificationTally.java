package fr.enersolar.crm.domain.model.verification;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/** The figures of a verification run (SPEC-seed §11), stored flat on the report. */
@Embeddable(Embeddable.EmbeddableType.FLAT)
public record VerificationTally(
        @Column("total_leads") long totalLeads,
        @Column("successful") long successful,
        @Column("duplicates") long duplicates,
        @Column("failed") long failed,
        @Column("retried") long retried,
        @Column("retry_success") long retrySuccess,
        @Column("retry_failed") long retryFailed,
        @Column("skipped_duplicates") long skippedDuplicates) {}
