package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where routing sends a lead, and why: every candidate it considered, taken or skipped with its
 * reason, and the target when one commande took the lead, with the unit price frozen from that
 * commande. Without a target the lead waits for a commande ({@code pending_no_order}).
 *
 * @param candidates every candidate, in the order routing considered them
 * @param target the commande that took the lead; empty when none could
 */
public record RoutingDecision(List<RoutingCandidate> candidates, Optional<Target> target) {

    /** The routing reason of a lead no commande took (the seed's first value, SPEC-seed §10). */
    public static final String NO_COMMANDE = "no_commande";

    /**
     * The commande that took the lead.
     *
     * @param crm the buyer CRM
     * @param slug its slug
     * @param commande the commande that took the lead
     * @param unitPriceCents the commande's price, frozen on the lead for billing
     * @param crossCrm true when the CRM is not the account's (the lead is sent with the target
     *     CRM's own key and billed between the CRMs)
     */
    public record Target(
            CrmId crm, CrmSlug slug, CommandeId commande, long unitPriceCents, boolean crossCrm) {

        public Target {
            Objects.requireNonNull(crm, "CRM is required");
            Objects.requireNonNull(slug, "slug is required");
            Objects.requireNonNull(commande, "commande is required");
            if (unitPriceCents < 0) {
                throw new IllegalArgumentException("unit price cannot be negative");
            }
        }
    }

    public RoutingDecision {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(target, "target is required (maybe empty)");
        long taken = candidates.stream().filter(RoutingCandidate::taken).count();
        if (taken != (target.isPresent() ? 1 : 0)) {
            throw new IllegalArgumentException(
                    "a routed decision has exactly one taken candidate, an unrouted one none");
        }
    }

    /** True when a commande took the lead. */
    public boolean routed() {
        return target.isPresent();
    }

    /** {@code pending} (routed, waiting for delivery) or {@code pending_no_order}. */
    public LeadStatus status() {
        return routed() ? LeadStatus.PENDING : LeadStatus.PENDING_NO_ORDER;
    }

    /**
     * The seed's {@code routing_reason}: {@code commande_<slug>} for the account's CRM, {@code
     * cross_crm_<slug>} for another one, {@code no_commande} when none took the lead.
     */
    public String routingReason() {
        return target.map(t -> (t.crossCrm() ? "cross_crm_" : "commande_") + t.slug().value())
                .orElse(NO_COMMANDE);
    }

    /** The decision in French for the lead's timeline. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        target.ifPresentOrElse(
                t ->
                        text.append("Routé vers ")
                                .append(t.slug().value())
                                .append(t.crossCrm() ? " (autre CRM)" : "")
                                .append(", commande ")
                                .append(t.commande().value())
                                .append(", prix unitaire ")
                                .append(euros(t.unitPriceCents())),
                () -> text.append("Aucune commande disponible : en attente d'une commande"));
        List<RoutingCandidate> skipped = candidates.stream().filter(c -> !c.taken()).toList();
        if (!skipped.isEmpty()) {
            text.append(". Écartés : ");
            text.append(
                    String.join(" ; ", skipped.stream().map(RoutingCandidate::describe).toList()));
        }
        return text.toString();
    }

    /** 2550 → "25,50 €". */
    static String euros(long cents) {
        long units = Math.abs(cents);
        long rest = units % 100;
        return (cents < 0 ? "-" : "") + units / 100 + (rest < 10 ? ",0" : ",") + rest + " €";
    }
}
