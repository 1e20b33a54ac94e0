package fr.enersolar.crm.domain.service;

import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.lead.CandidateReason;
import fr.enersolar.crm.domain.model.lead.RoutingCandidate;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.model.lead.RoutingDecision.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which buyer CRM, through which commande, gets a lead (SPEC-seed §7 with the fixes of
 * PRODUCT.md): a pure function of a {@link RoutingRequest}.
 *
 * <p><b>The rule.</b> The account's CRM is considered first; the other CRMs follow only when the
 * form allows cross-CRM. Within a CRM, <em>every</em> commande matching the lead's product (or
 * {@code *}) and département (or {@code *}) counts, not just the first one found (the seed's
 * defect). The first commande that is active and under its caps takes the lead, and its unit price
 * is frozen on the decision. Every candidate is recorded, taken or skipped with its {@link
 * CandidateReason}; candidates considered after the taken one are still evaluated, so staff see
 * {@code not_chosen} for those that could have taken the lead and the real reason for the others.
 * When none takes it, the decision is unrouted and the lead waits ({@code pending_no_order}).
 *
 * <p><b>Order, deterministic whatever order the inputs come in.</b>
 *
 * <ol>
 *   <li>CRMs: the account's CRM first (SPEC-seed §7 (a)); then the others by slug. The seed tried
 *       them in the store's natural (insertion) order, which no query here guarantees; slug order
 *       is stable and visible to staff, and with today's two CRMs it is simply "the other one".
 *   <li>A CRM is skipped as a whole, before its commandes, when it is not the account's and the
 *       form forbids cross-CRM ({@code cross_crm_not_allowed}), when it takes no leads ({@code
 *       crm_inactive}), or when no partner key exists for it ({@code no_api_key}); with no matching
 *       commande it gets {@code no_commande}.
 *   <li>Commandes of one CRM: the most specific first (named product and listed départements, then
 *       named product for every département, then every product for listed départements, then
 *       {@code *}/{@code *}); among equally specific ones the oldest, then the smallest id. A
 *       commande naming the lead's product and département is the buyer's explicit order for it, at
 *       its price; wildcards are defaults (the seed's "Commande par défaut", often at price 0), so
 *       the specific price is the one to freeze for billing. The product weighs more than the
 *       département because prices follow products. Oldest first is the seed's {@code find_one}.
 *   <li>A commande is skipped when suspended ({@code commande_inactive}), when its week's cap is
 *       reached ({@code cap_week_reached}, checked first: it will not clear tomorrow), or when its
 *       day's cap is reached ({@code cap_day_reached}); the next commande is then tried, so an
 *       exhausted specific commande overflows to a wider one, then to the next CRM.
 * </ol>
 */
public final class Router {

    /** Most specific first, then oldest, then by id: the order of one CRM's commandes. */
    static final Comparator<Commande> PREFERENCE =
            Comparator.comparingInt(Router::specificity)
                    .thenComparing(Commande::createdAt)
                    .thenComparing(c -> c.id().value());

    /** 0 for a named product and listed départements, up to 3 for {@code *}/{@code *}. */
    private static int specificity(Commande commande) {
        return (commande.namesItsProduct() ? 0 : 2) + (commande.coversEveryDepartement() ? 1 : 0);
    }

    /** Decides where the lead goes; see the class comment for the rule. */
    public RoutingDecision decide(RoutingRequest request) {
        List<RoutingCandidate> candidates = new ArrayList<>();
        Optional<Target> target = Optional.empty();
        Map<CrmId, RoutingCrm> crms = new LinkedHashMap<>();
        request.crms().forEach(crm -> crms.putIfAbsent(crm.id(), crm));
        if (!crms.containsKey(request.homeCrm())) {
            candidates.add(
                    RoutingCandidate.crmSkipped(
                            request.homeCrm(), null, CandidateReason.CRM_UNKNOWN));
        }
        for (RoutingCrm crm : inOrder(crms, request)) {
            boolean home = crm.id().equals(request.homeCrm());
            Optional<CandidateReason> skip = skipWholeCrm(crm, home, request);
            if (skip.isPresent()) {
                candidates.add(RoutingCandidate.crmSkipped(crm.id(), crm.slug(), skip.get()));
                continue;
            }
            List<Commande> matching =
                    request.commandes().stream()
                            .filter(c -> c.crm().equals(crm.id()))
                            .filter(c -> c.matches(request.product(), request.departement()))
                            .sorted(PREFERENCE)
                            .toList();
            if (matching.isEmpty()) {
                candidates.add(
                        RoutingCandidate.crmSkipped(
                                crm.id(), crm.slug(), CandidateReason.NO_COMMANDE));
                continue;
            }
            for (Commande commande : matching) {
                CandidateReason reason =
                        skipCommande(commande, request)
                                .orElse(
                                        target.isEmpty()
                                                ? CandidateReason.TAKEN
                                                : CandidateReason.NOT_CHOSEN);
                if (reason == CandidateReason.TAKEN) {
                    target =
                            Optional.of(
                                    new Target(
                                            crm.id(),
                                            crm.slug(),
                                            commande.id(),
                                            commande.unitPriceCents(),
                                            !home));
                }
                candidates.add(RoutingCandidate.of(crm.id(), crm.slug(), commande.id(), reason));
            }
        }
        return new RoutingDecision(candidates, target);
    }

    /** The account's CRM first, then the others by slug. */
    private static List<RoutingCrm> inOrder(Map<CrmId, RoutingCrm> crms, RoutingRequest request) {
        List<RoutingCrm> ordered = new ArrayList<>();
        Optional.ofNullable(crms.get(request.homeCrm())).ifPresent(ordered::add);
        crms.values().stream()
                .filter(crm -> !crm.id().equals(request.homeCrm()))
                .sorted(
                        Comparator.comparing((RoutingCrm crm) -> crm.slug().value())
                                .thenComparing(crm -> crm.id().value()))
                .forEach(ordered::add);
        return ordered;
    }

    private static Optional<CandidateReason> skipWholeCrm(
            RoutingCrm crm, boolean home, RoutingRequest request) {
        if (!home && !request.crossCrmAllowed()) {
            return Optional.of(CandidateReason.CROSS_CRM_NOT_ALLOWED);
        }
        if (!crm.active()) {
            return Optional.of(CandidateReason.CRM_INACTIVE);
        }
        if (!crm.keyAvailable()) {
            return Optional.of(CandidateReason.NO_API_KEY);
        }
        return Optional.empty();
    }

    private static Optional<CandidateReason> skipCommande(
            Commande commande, RoutingRequest request) {
        if (!commande.isActive()) {
            return Optional.of(CandidateReason.COMMANDE_INACTIVE);
        }
        CommandeUsage usage = request.usageOf(commande.id());
        if (commande.capPerWeek().isPresent()
                && usage.thisWeek() >= commande.capPerWeek().getAsInt()) {
            return Optional.of(CandidateReason.CAP_WEEK_REACHED);
        }
        if (commande.capPerDay().isPresent() && usage.today() >= commande.capPerDay().getAsInt()) {
            return Optional.of(CandidateReason.CAP_DAY_REACHED);
        }
        return Optional.empty();
    }
}
