package fr.enersolar.crm.application.routing;

import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.RoutingCandidate;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.service.CapPeriods;
import fr.enersolar.crm.domain.service.CommandeUsage;
import fr.enersolar.crm.domain.service.Router;
import fr.enersolar.crm.domain.service.RoutingCrm;
import fr.enersolar.crm.domain.service.RoutingRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Routes a lead: reads what {@link Router} needs (the form's account and its CRM, every CRM with
 * whether it can take the lead, their commandes, and the usage of the capped ones), asks it, and
 * records the decision on the lead. Intake calls it before its single insert, so a lead is stored
 * routed with its first due time in one write.
 *
 * <p>Reference data (accounts, CRMs, commandes, whether a CRM has a key) is kept for a few seconds,
 * as {@code FormReferences} keeps forms: a staff change reaches routing within that delay. Cap
 * usage is counted from the store at each decision, only for the capped commandes that match the
 * lead; the commande a decision chooses must then take a unit of each of its caps from the {@link
 * CapCounters}, atomically in the store, so routings running at the same instant (other requests,
 * workers, servers) never both take the last unit: the one that does not get it decides again
 * without that commande.
 *
 * <p>Keys: the account's CRM gets the form's key, the others the redistribution key of the CRM ×
 * product ({@link PartnerKeys}); a CRM with no key for the lead is skipped with {@code no_api_key}.
 * A CRM takes leads when the {@link ConnectorRegistry} has a connector for it (every CRM does while
 * no registry is deployed).
 */
@ApplicationScoped
public class LeadRouting {

    static final Duration KEPT_FOR = Duration.ofSeconds(5);

    private record Kept<T>(T value, Instant until) {}

    private final Router router = new Router();
    private final Map<Object, Kept<?>> kept = new ConcurrentHashMap<>();

    @Inject AccountRepository accounts;
    @Inject CrmRepository crms;
    @Inject CommandeRepository commandes;
    @Inject RoutedLeads routed;
    @Inject CapCounters caps;
    @Inject Instance<PartnerKeys> partnerKeys;

    /** Opens the form keys, which are stored sealed. */
    @Inject fr.enersolar.crm.application.catalogue.PartnerKeys formKeys;

    @Inject Instance<ConnectorRegistry> registry;
    @Inject Clock clock;

    /**
     * Decides where the lead goes and records it on the lead ({@code pending} with its target and
     * due now, or {@code pending_no_order}).
     */
    public RoutingDecision route(Lead lead, Form form, Instant at) {
        RoutingDecision decision = decide(lead, form, at);
        lead.route(decision, at);
        return decision;
    }

    /** The decision for the lead now, without recording it. */
    public RoutingDecision decide(Lead lead, Form form, Instant at) {
        Optional<Account> account = account(form.account());
        if (account.isEmpty()) {
            return new RoutingDecision(List.of(), Optional.empty());
        }
        CrmId home = account.get().primaryCrm();
        return takingCaps(
                lead,
                at,
                full -> router.decide(request(lead, form, home, crmsWith(home), at, full)));
    }

    /**
     * Decides, then takes a unit of each cap of the chosen commande; when another routing took the
     * last one meanwhile, decides again with that commande counted as full (so it is skipped with
     * its cap's reason). Each round rules out one more commande, so it ends.
     */
    private RoutingDecision takingCaps(
            Lead lead,
            Instant at,
            java.util.function.Function<Map<CommandeId, CommandeUsage>, RoutingDecision> decide) {
        Map<CommandeId, CommandeUsage> full = new HashMap<>();
        while (true) {
            RoutingDecision decision = decide.apply(full);
            if (decision.target().isEmpty()) {
                return decision;
            }
            RoutingDecision.Target target = decision.target().get();
            Optional<Commande> chosen =
                    commandesOf(target.crm()).stream()
                            .filter(c -> c.id().equals(target.commande()))
                            .findFirst();
            Optional<CommandeUsage> refused =
                    chosen.isEmpty() ? Optional.empty() : takeCaps(lead, chosen.get(), at);
            if (refused.isEmpty()) {
                return decision;
            }
            full.put(target.commande(), refused.get());
        }
    }

    /**
     * Takes one unit of each cap of {@code commande} for the lead; empty when taken, else the usage
     * that makes the router skip it. A lead already routed to this commande in the same period
     * (staff retry) holds its unit already.
     */
    private Optional<CommandeUsage> takeCaps(Lead lead, Commande commande, Instant at) {
        Instant day = CapPeriods.startOfDay(at);
        Instant week = CapPeriods.startOfWeek(at);
        boolean same = lead.commande().map(commande.id()::equals).orElse(false);
        Optional<Instant> before = same ? lead.routedAt() : Optional.empty();
        boolean weekHeld = before.map(r -> !r.isBefore(week)).orElse(false);
        boolean dayHeld = before.map(r -> !r.isBefore(day)).orElse(false);
        boolean weekTaken = false;
        if (commande.capPerWeek().isPresent() && !weekHeld) {
            long cap = commande.capPerWeek().getAsInt();
            if (!caps.take(
                    commande.id(),
                    CapCounters.Period.WEEK,
                    week,
                    cap,
                    () -> routed.routedSince(commande.id(), week))) {
                return Optional.of(new CommandeUsage(0, cap));
            }
            weekTaken = true;
        }
        if (commande.capPerDay().isPresent() && !dayHeld) {
            long cap = commande.capPerDay().getAsInt();
            if (!caps.take(
                    commande.id(),
                    CapCounters.Period.DAY,
                    day,
                    cap,
                    () -> routed.routedSince(commande.id(), day))) {
                if (weekTaken) {
                    caps.giveBack(commande.id(), CapCounters.Period.WEEK, week);
                }
                return Optional.of(new CommandeUsage(cap, 0));
            }
        }
        return Optional.empty();
    }

    /**
     * Staff send the lead to {@code crm} whatever the form's cross-CRM rule: routing restricted to
     * that CRM, its commandes and caps. Empty when the CRM is unknown; an unrouted decision when
     * none of its commandes takes the lead or it has no key or connector.
     */
    public Optional<RoutingDecision> decideFor(Lead lead, Form form, CrmId crm, Instant at) {
        Optional<Crm> chosen = crmsWith(crm).stream().filter(c -> c.id().equals(crm)).findFirst();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        CrmId home = account(form.account()).map(Account::primaryCrm).orElse(crm);
        RoutingDecision decision =
                takingCaps(
                        lead,
                        at,
                        full -> {
                            RoutingRequest all =
                                    request(lead, form, home, List.of(chosen.get()), at, full);
                            return router.decide(
                                    new RoutingRequest(
                                            all.product(),
                                            all.departement(),
                                            all.homeCrm(),
                                            true,
                                            all.crms(),
                                            all.commandes(),
                                            all.usage()));
                        });
        List<RoutingCandidate> ofChosen =
                decision.candidates().stream().filter(c -> crm.equals(c.crm())).toList();
        return Optional.of(new RoutingDecision(ofChosen, decision.target()));
    }

    /**
     * The key to present for the lead's delivery to its target: the form's key for the account's
     * CRM, the redistribution key for another one.
     */
    public Optional<String> keyFor(Lead lead, Optional<Form> form) {
        Optional<CrmId> target = lead.targetCrm();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (lead.crossCrm()) {
            return lead.productType().flatMap(p -> redistributionKey(target.get(), p));
        }
        return form.filter(Form::hasCrmApiKey).map(formKeys::clearKey);
    }

    private RoutingRequest request(
            Lead lead,
            Form form,
            CrmId home,
            List<Crm> candidates,
            Instant at,
            Map<CommandeId, CommandeUsage> full) {
        ProductType product = lead.productType().orElse(form.productType());
        Optional<Departement> departement = lead.departement();
        List<RoutingCrm> routingCrms = new ArrayList<>();
        List<Commande> offered = new ArrayList<>();
        for (Crm crm : candidates) {
            boolean key =
                    crm.id().equals(home)
                            ? form.hasCrmApiKey()
                            : hasRedistributionKey(crm.id(), product);
            routingCrms.add(new RoutingCrm(crm.id(), crm.slug(), hasConnector(crm.id()), key));
            offered.addAll(commandesOf(crm.id()));
        }
        Map<CommandeId, CommandeUsage> usage = new HashMap<>();
        Instant day = CapPeriods.startOfDay(at);
        Instant week = CapPeriods.startOfWeek(at);
        for (Commande c : offered) {
            boolean capped = c.capPerDay().isPresent() || c.capPerWeek().isPresent();
            if (full.containsKey(c.id())) {
                usage.put(c.id(), full.get(c.id()));
            } else if (capped && c.isActive() && c.matches(product, departement)) {
                long thisWeek = routed.routedSince(c.id(), week);
                long today = day.isAfter(week) ? routed.routedSince(c.id(), day) : thisWeek;
                usage.put(c.id(), new CommandeUsage(today, thisWeek));
            }
        }
        return new RoutingRequest(
                product, departement, home, lead.allowCrossCrm(), routingCrms, offered, usage);
    }

    private Optional<String> redistributionKey(CrmId crm, ProductType product) {
        if (!partnerKeys.isResolvable()) {
            return Optional.empty();
        }
        return partnerKeys.get().keyFor(crm, product).filter(k -> !k.isBlank());
    }

    /**
     * Whether the CRM has a key for the product, kept like the reference data: only the answer is
     * kept, never the key, which is opened again for each delivery.
     */
    private boolean hasRedistributionKey(CrmId crm, ProductType product) {
        long revision = partnerKeys.isResolvable() ? partnerKeys.get().revision() : 0;
        return cached(
                "key:" + crm.value() + ":" + product.name() + ":" + revision,
                () -> redistributionKey(crm, product).isPresent());
    }

    private boolean hasConnector(CrmId crm) {
        return !registry.isResolvable() || registry.get().connectorFor(crm).isPresent();
    }

    private Optional<Account> account(AccountId id) {
        return cached("account:" + id.value(), () -> accounts.find(id));
    }

    /** Every CRM; read again when {@code expected} is not among the kept ones (a new CRM). */
    private List<Crm> crmsWith(CrmId expected) {
        List<Crm> all = cached("crms", crms::all);
        if (all.stream().noneMatch(c -> c.id().equals(expected))) {
            kept.remove("crms");
            all = cached("crms", crms::all);
        }
        return all;
    }

    private List<Commande> commandesOf(CrmId crm) {
        return cached("commandes:" + crm.value(), () -> commandes.ofCrm(crm));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, Supplier<T> read) {
        Instant now = clock.instant();
        Kept<?> hit = kept.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return (T) hit.value();
        }
        T value = read.get();
        if (kept.size() > 10_000) {
            kept.clear();
        }
        kept.put(key, new Kept<>(value, now.plus(KEPT_FOR)));
        return value;
    }
}
