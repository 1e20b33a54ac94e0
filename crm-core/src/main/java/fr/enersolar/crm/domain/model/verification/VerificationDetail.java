package fr.enersolar.crm.domain.model.verification;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * What a run did with one lead: {@code skipped} (with a reason), {@code retry_success} (with the
 * new status and CRM) or {@code retry_failed} (with the error). Fields that do not apply are empty.
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public record VerificationDetail(
        @Column("lead_id") String leadId,
        @Column("action") String action,
        @Column("reason") String reason,
        @Column("original_status") String originalStatus,
        @Column("new_status") String newStatus,
        @Column("crm") String crm,
        @Column("error") String error) {}
