package fr.enersolar.crm.application.commandes;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff's commande actions (SPEC-seed §5.3 "Commandes"): list, check, create, update, delete
 * and default commandes, with the seed's French messages. Every write goes to the activity log with
 * the values before and after.
 *
 * <p>Differences from the seed: the product is checked on update too; départements are the
 * canonical list (2A and 2B, not 20); an empty département list is refused (it would have meant
 * every département); prices are euro cents; caps per day and per week.
 */
@ApplicationScoped
public class CommandeAdministration {

    /** The seed's limit on the list. */
    public static final int LIST_LIMIT = 500;

    static final String DEFAULT_NOTES = "Commande par défaut - tous produits/départements";

    /** A commande with its CRM's name ({@code Inconnu} when the CRM is gone) and slug. */
    public record CommandeView(Commande commande, String crmName, String crmSlug) {}

    /** A default commande made for a CRM. */
    public record Created(String crm, String commandeId) {}

    private CommandeRepository commandes;
    private CrmRepository crms;
    private ActivityJournal journal;
    private Clock clock;

    /** For CDI. */
    protected CommandeAdministration() {}

    @Inject
    public CommandeAdministration(
            CommandeRepository commandes,
            CrmRepository crms,
            ActivityJournal journal,
            Clock clock) {
        this.commandes = commandes;
        this.crms = crms;
        this.journal = journal;
        this.clock = clock;
    }

    /** The commandes of a CRM or of all, oldest first, at most {@link #LIST_LIMIT}. */
    public List<CommandeView> list(Optional<String> crmId) {
        Map<String, Crm> byId =
                crms.all().stream()
                        .collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        if (crmId.isPresent() && crmId(crmId.get()).isEmpty()) {
            return List.of();
        }
        return commandes.list(crmId.flatMap(CommandeAdministration::crmId), LIST_LIMIT).stream()
                .map(c -> view(c, byId.get(c.crm().value())))
                .toList();
    }

    /** Whether an active commande of the CRM covers the product and département. */
    public Outcome<Boolean> check(String crmId, String productType, String departement) {
        ProductType product;
        try {
            product = ProductType.parse(productType);
        } catch (IllegalArgumentException e) {
            return Outcome.invalid("product_type", "Type de produit invalide: " + productType);
        }
        Optional<Departement> dept;
        try {
            dept = Optional.of(Departement.of(departement));
        } catch (IllegalArgumentException e) {
            return Outcome.invalid("departement", "Département invalide: " + departement);
        }
        return Outcome.done(
                crmId(crmId)
                        .map(crm -> commandes.activeFor(crm, product).stream())
                        .orElseGet(java.util.stream.Stream::empty)
                        .anyMatch(c -> c.covers(product, dept)));
    }

    /** Creates a commande; the CRM must exist. */
    public Outcome<CommandeView> create(Actor actor, String ip, CommandeInput input) {
        Optional<Crm> crm =
                input.crmId().flatMap(CommandeAdministration::crmId).flatMap(crms::find);
        if (crm.isEmpty()) {
            return Outcome.notFound("CRM non trouvé");
        }
        if (input.productType().isEmpty()) {
            return Outcome.invalid("product_type", "champ requis");
        }
        if (input.departements().isEmpty()) {
            return Outcome.invalid("departements", "champ requis");
        }
        Outcome<Optional<ProductType>> product = product(input.productType().get());
        if (!(product instanceof Outcome.Done<Optional<ProductType>> p)) {
            return rethrow(product);
        }
        Outcome<List<Departement>> departements = departements(input.departements().get());
        if (!(departements instanceof Outcome.Done<List<Departement>> d)) {
            return rethrow(departements);
        }
        if (input.unitPriceCents().orElse(0L) < 0) {
            return Outcome.invalid("prix_unitaire", "doit être positif ou nul");
        }
        Instant now = clock.instant();
        Commande commande =
                new Commande(
                        CommandeId.generate(),
                        crm.get().id(),
                        p.value(),
                        d.value(),
                        input.unitPriceCents().orElse(0L),
                        now);
        Optional<Outcome<CommandeView>> refused = applyRest(commande, input, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        commandes.store(commande);
        journal.recordChange(
                actor,
                ActivityAction.CREATE,
                subject(commande, crm.get()),
                null,
                values(commande),
                ip);
        return Outcome.done(view(commande, crm.get()));
    }

    /** Changes the fields sent; the CRM cannot change. */
    public Outcome<CommandeView> update(Actor actor, String ip, String id, CommandeInput input) {
        Optional<Commande> found = commandeId(id).flatMap(commandes::find);
        if (found.isEmpty()) {
            return Outcome.notFound("Commande non trouvée");
        }
        Commande commande = found.get();
        Map<String, Object> before = values(commande);
        Instant now = clock.instant();
        if (input.productType().isPresent()) {
            Outcome<Optional<ProductType>> product = product(input.productType().get());
            if (!(product instanceof Outcome.Done<Optional<ProductType>> p)) {
                return rethrow(product);
            }
            commande.retarget(p.value(), now);
        }
        if (input.departements().isPresent()) {
            Outcome<List<Departement>> departements = departements(input.departements().get());
            if (!(departements instanceof Outcome.Done<List<Departement>> d)) {
                return rethrow(departements);
            }
            commande.cover(d.value(), now);
        }
        if (input.unitPriceCents().isPresent()) {
            if (input.unitPriceCents().get() < 0) {
                return Outcome.invalid("prix_unitaire", "doit être positif ou nul");
            }
            commande.reprice(input.unitPriceCents().get(), now);
        }
        Optional<Outcome<CommandeView>> refused = applyRest(commande, input, now);
        if (refused.isPresent()) {
            return refused.get();
        }
        commandes.store(commande);
        Crm crm = crms.find(commande.crm()).orElse(null);
        journal.recordChange(
                actor, ActivityAction.UPDATE, subject(commande, crm), before, values(commande), ip);
        return Outcome.done(view(commande, crm));
    }

    /** Active flag, caps and notes, shared by create and update. */
    private static Optional<Outcome<CommandeView>> applyRest(
            Commande commande, CommandeInput input, Instant now) {
        input.active()
                .ifPresent(
                        active -> {
                            if (active) {
                                commande.activate(now);
                            } else {
                                commande.suspend(now);
                            }
                        });
        if (input.capPerDay().isPresent() || input.capPerWeek().isPresent()) {
            OptionalInt day = input.capPerDay().orElse(commande.capPerDay());
            OptionalInt week = input.capPerWeek().orElse(commande.capPerWeek());
            if (day.isPresent() && day.getAsInt() < 0) {
                return Optional.of(
                        Outcome.invalid("cap_per_day", "doit être positif (0 ou null = illimité)"));
            }
            if (week.isPresent() && week.getAsInt() < 0) {
                return Optional.of(
                        Outcome.invalid(
                                "cap_per_week", "doit être positif (0 ou null = illimité)"));
            }
            commande.cap(unlimitedIfZero(day), unlimitedIfZero(week), now);
        }
        input.notes().ifPresent(notes -> commande.annotate(notes, now));
        return Optional.empty();
    }

    private static OptionalInt unlimitedIfZero(OptionalInt cap) {
        return cap.isPresent() && cap.getAsInt() == 0 ? OptionalInt.empty() : cap;
    }

    /** Deletes a commande; not found when it does not exist. */
    public Outcome<String> delete(Actor actor, String ip, String id) {
        Optional<Commande> found = commandeId(id).flatMap(commandes::find);
        if (found.isEmpty() || !commandes.remove(found.get().id())) {
            return Outcome.notFound("Commande non trouvée");
        }
        Crm crm = crms.find(found.get().crm()).orElse(null);
        journal.recordChange(
                actor,
                ActivityAction.DELETE,
                subject(found.get(), crm),
                values(found.get()),
                null,
                ip);
        return Outcome.done(id);
    }

    /** A commande for every product and département, free, for each CRM that has none. */
    public Outcome<List<Created>> initDefaults(Actor actor, String ip) {
        List<Crm> all = crms.all();
        if (all.isEmpty()) {
            return Outcome.invalid("crm", "Aucun CRM configuré");
        }
        List<Created> created = new ArrayList<>();
        Instant now = clock.instant();
        for (Crm crm : all) {
            if (!commandes.list(Optional.of(crm.id()), 1).isEmpty()) {
                continue;
            }
            Commande commande =
                    new Commande(
                            CommandeId.generate(), crm.id(), Optional.empty(), List.of(), 0, now);
            commande.annotate(DEFAULT_NOTES, now);
            commandes.store(commande);
            journal.recordChange(
                    actor,
                    ActivityAction.CREATE,
                    subject(commande, crm),
                    null,
                    values(commande),
                    ip);
            created.add(new Created(crm.name(), commande.id().value()));
        }
        return Outcome.done(created);
    }

    /** A CRM id as sent; empty when it is not an identifier (so no CRM has it). */
    static Optional<CrmId> crmId(String raw) {
        try {
            return Optional.of(new CrmId(raw));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Optional<CommandeId> commandeId(String raw) {
        try {
            return Optional.of(new CommandeId(raw));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Outcome<Optional<ProductType>> product(String code) {
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.equals("*")) {
            return Outcome.done(Optional.empty());
        }
        try {
            return Outcome.done(Optional.of(ProductType.parse(trimmed)));
        } catch (IllegalArgumentException e) {
            return Outcome.invalid(
                    "product_type", "Type de produit invalide: " + code + " (PV, PAC, ITE ou *)");
        }
    }

    /** Metropolitan codes (01–19, 2A, 2B, 21–95), or {@code *} anywhere in the list for all. */
    private static Outcome<List<Departement>> departements(List<String> codes) {
        if (codes.stream().anyMatch(c -> c != null && c.trim().equals("*"))) {
            return Outcome.done(List.of());
        }
        if (codes.isEmpty()) {
            return Outcome.invalid("departements", "au moins un département, ou * pour tous");
        }
        List<Departement> result = new ArrayList<>();
        for (String code : codes) {
            Departement d;
            try {
                d = Departement.of(code);
            } catch (IllegalArgumentException | NullPointerException e) {
                return Outcome.invalid("departements", "Département invalide: " + code);
            }
            if (!d.isMetropolitan()) {
                return Outcome.invalid("departements", "Département invalide: " + code);
            }
            result.add(d);
        }
        return Outcome.done(result);
    }

    @SuppressWarnings("unchecked")
    private static <T> Outcome<T> rethrow(Outcome<?> failure) {
        return (Outcome<T>) failure;
    }

    private static CommandeView view(Commande commande, Crm crm) {
        return new CommandeView(
                commande,
                crm == null ? "Inconnu" : crm.name(),
                crm == null ? "" : crm.slug().value());
    }

    private static Subject subject(Commande commande, Crm crm) {
        return new Subject(
                "commande",
                commande.id().value(),
                (crm == null ? "?" : crm.name())
                        + " "
                        + commande.productType().map(ProductType::name).orElse("*"));
    }

    private static Object cap(OptionalInt cap) {
        return cap.isPresent() ? (Object) cap.getAsInt() : "illimité";
    }

    /** The values the activity log keeps before and after a change (price in cents). */
    static Map<String, Object> values(Commande c) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("crm_id", c.crm().value());
        values.put("product_type", c.productType().map(ProductType::name).orElse("*"));
        values.put(
                "departements",
                c.coversEveryDepartement()
                        ? List.of("*")
                        : c.departements().stream().map(Departement::code).toList());
        values.put("active", c.isActive());
        values.put("prix_unitaire_cents", c.unitPriceCents());
        values.put("cap_per_day", cap(c.capPerDay()));
        values.put("cap_per_week", cap(c.capPerWeek()));
        values.put("notes", c.notes());
        return values;
    }
}
