package fr.enersolar.crm.domain.service;

import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything routing needs to decide for one lead, read by the caller beforehand.
 *
 * @param product the lead's product (its form's)
 * @param departement the lead's département; empty when unknown (then only commandes for every
 *     département match)
 * @param homeCrm the CRM of the form's account, which gets the lead first
 * @param crossCrmAllowed whether the form lets the lead go to another CRM
 * @param crms the buyer CRMs, the account's among them
 * @param commandes the commandes of every CRM (inactive ones are reported as such, non-matching
 *     ones are ignored)
 * @param usage how many leads each commande took today and this week; a commande missing here took
 *     none
 */
public record RoutingRequest(
        ProductType product,
        Optional<Departement> departement,
        CrmId homeCrm,
        boolean crossCrmAllowed,
        List<RoutingCrm> crms,
        List<Commande> commandes,
        Map<CommandeId, CommandeUsage> usage) {

    public RoutingRequest {
        Objects.requireNonNull(product, "product is required");
        Objects.requireNonNull(departement, "departement is required (maybe empty)");
        Objects.requireNonNull(homeCrm, "the account's CRM is required");
        crms = List.copyOf(crms);
        commandes = List.copyOf(commandes);
        usage = Map.copyOf(usage);
    }

    /**
     * The request for a lead that came through a form: its product, département and cross-CRM rule
     * are the lead's own (copied from its form at intake).
     *
     * @throws IllegalArgumentException when the lead has no product (an orphan lead)
     */
    public static RoutingRequest forLead(
            Lead lead,
            CrmId homeCrm,
            List<RoutingCrm> crms,
            List<Commande> commandes,
            Map<CommandeId, CommandeUsage> usage) {
        ProductType product =
                lead.productType()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "lead " + lead.id() + " has no product to route"));
        return new RoutingRequest(
                product, lead.departement(), homeCrm, lead.allowCrossCrm(), crms, commandes, usage);
    }

    /** How many leads the commande took in the current periods. */
    public CommandeUsage usageOf(CommandeId commande) {
        return usage.getOrDefault(commande, CommandeUsage.NONE);
    }
}
