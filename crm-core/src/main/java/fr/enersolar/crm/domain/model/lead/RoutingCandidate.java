package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate routing looked at for a lead, and what became of it: a commande of a CRM (taken, or
 * skipped with the reason), or a CRM as a whole when it was skipped before any of its commandes
 * counted (no commande, cross-CRM not allowed, CRM inactive). Stored in the lead's {@code
 * routing_candidates}, in the order routing considered them.
 *
 * @param crmId the CRM's id
 * @param crmSlug the CRM's slug; empty when the CRM is unknown
 * @param commandeId the commande's id; null when the CRM was skipped as a whole
 * @param taken true for the one candidate that took the lead
 * @param reason the {@link CandidateReason} wire value
 */
@Embeddable
public record RoutingCandidate(
        @Column("crm_id") String crmId,
        @Column("crm_slug") String crmSlug,
        @Column("commande_id") String commandeId,
        @Column("taken") boolean taken,
        @Column("reason") String reason) {

    public RoutingCandidate {
        Objects.requireNonNull(crmId, "CRM id is required");
        crmSlug = crmSlug == null ? "" : crmSlug;
        Objects.requireNonNull(reason, "reason is required");
    }

    /** A commande of {@code crm} and what routing did with it. */
    public static RoutingCandidate of(
            CrmId crm, CrmSlug slug, CommandeId commande, CandidateReason reason) {
        return new RoutingCandidate(
                crm.value(),
                slug == null ? "" : slug.value(),
                commande == null ? null : commande.value(),
                reason == CandidateReason.TAKEN,
                reason.wire());
    }

    /** A CRM skipped as a whole, before any of its commandes counted. */
    public static RoutingCandidate crmSkipped(CrmId crm, CrmSlug slug, CandidateReason reason) {
        if (reason == CandidateReason.TAKEN) {
            throw new IllegalArgumentException("a CRM is taken through one of its commandes");
        }
        return of(crm, slug, null, reason);
    }

    public CrmId crm() {
        return new CrmId(crmId);
    }

    public Optional<CrmSlug> slug() {
        return crmSlug.isEmpty() ? Optional.empty() : Optional.of(new CrmSlug(crmSlug));
    }

    public Optional<CommandeId> commande() {
        return commandeId == null || commandeId.isEmpty()
                ? Optional.empty()
                : Optional.of(new CommandeId(commandeId));
    }

    public CandidateReason why() {
        return CandidateReason.fromWire(reason);
    }

    /** "zr7 / commande 1a2b… : plafond du jour atteint", for the timeline. */
    public String describe() {
        String who = crmSlug.isEmpty() ? crmId : crmSlug;
        String what = commandeId == null ? who : who + " / commande " + commandeId;
        return what + " : " + why().label();
    }
}
