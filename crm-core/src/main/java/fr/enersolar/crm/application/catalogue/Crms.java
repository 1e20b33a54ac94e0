package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The buyer CRMs (SPEC-seed §1.4, §5.3): listed for every staff member (the admin UI's "CRM actif"
 * selector), changed by administrators. Differences from the seed: {@code init} answers the CRMs it
 * created (the seed failed after writing them), the partner URL must be an http(s) URL, and the
 * legacy commandes map must name known products and département-like codes.
 */
@ApplicationScoped
public class Crms {

    static final String NOT_FOUND = "CRM non trouvé";

    /** The seed's two partners and their public endpoints (part of the integration contract). */
    static final List<String[]> SEED_CRMS =
            List.of(
                    new String[] {
                        "ZR7 Digital", "zr7", "https://app.zr7-digital.fr/lead/api/create_lead/"
                    },
                    new String[] {
                        "Maison du Lead", "mdl", "https://maison-du-lead.com/lead/api/create_lead/"
                    });

    /** The seed shows at most 100 CRMs; there are a handful. */
    static final int MAX_LISTED = 100;

    private static final Pattern DEPARTEMENT_LIKE = Pattern.compile("\\*|2[AB]|\\d{2,3}");

    @Inject CrmRepository crms;
    @Inject ActivityJournal journal;
    @Inject Clock clock;

    /** What {@link #init} did. */
    public sealed interface InitOutcome {
        /** The store had no CRM: these were created. */
        record Created(List<Crm> crms) implements InitOutcome {}

        /** The store already had {@code count} CRMs: nothing was done. */
        record AlreadyDone(long count) implements InitOutcome {}
    }

    public List<Crm> list() {
        return crms.all().stream().limit(MAX_LISTED).toList();
    }

    /** The CRM; 404 {@code CRM non trouvé}. */
    public Crm get(String id) {
        return Ids.find(id, CrmId::new, crms::find, NOT_FOUND);
    }

    /**
     * Creates ZR7 Digital and Maison du Lead when the store has no CRM. Two simultaneous calls
     * create each CRM once (the slug is unique).
     */
    public InitOutcome init(Caller caller) {
        long count = crms.count();
        if (count > 0) {
            return new InitOutcome.AlreadyDone(count);
        }
        Instant now = clock.instant();
        List<Crm> created = new ArrayList<>();
        for (String[] seed : SEED_CRMS) {
            Crm crm = new Crm(CrmId.generate(), seed[0], new CrmSlug(seed[1]), seed[2], now);
            try {
                crms.store(crm);
            } catch (CodeAlreadyUsedException e) {
                continue; // another call created it meanwhile
            }
            created.add(crm);
            journal.recordChange(
                    caller.staff().actor(),
                    ActivityAction.CREATE,
                    subject(crm),
                    null,
                    summary(crm),
                    caller.ip());
        }
        if (created.isEmpty()) {
            return new InitOutcome.AlreadyDone(crms.count());
        }
        return new InitOutcome.Created(created);
    }

    /** Sets the name, partner URL, description and legacy commandes that were sent. */
    public Crm update(
            Caller caller,
            String id,
            Values values,
            Optional<Map<String, List<String>>> commandes) {
        Crm crm = get(id);
        Checks checks = new Checks(values);
        Optional<String> name = checks.name("name");
        Optional<String> apiUrl = checks.httpUrl("api_url", false);
        Optional<String> description = checks.text("description", Checks.NOTES_MAX);
        commandes.ifPresent(c -> checkLegacy(checks, "commandes", c));
        checks.throwIfAny();
        Map<String, Object> before = summary(crm);
        Instant now = clock.instant();
        if (name.isPresent() || apiUrl.isPresent() || description.isPresent()) {
            crm.describe(
                    name.orElse(crm.name()),
                    apiUrl.orElse(crm.apiUrl()),
                    description.orElse(crm.description()),
                    now);
        }
        commandes.ifPresent(c -> crm.replaceLegacyCommandes(normalised(c), now));
        crms.store(crm);
        record(caller, crm, before);
        return crm;
    }

    /** Replaces the legacy commandes map (stored and shown, ignored by routing). */
    public Map<String, List<String>> replaceLegacyCommandes(
            Caller caller, String id, Map<String, List<String>> commandes) {
        Crm crm = get(id);
        Checks checks = new Checks(Values.none());
        checkLegacy(checks, "body", commandes);
        checks.throwIfAny();
        Map<String, Object> before = summary(crm);
        crm.replaceLegacyCommandes(normalised(commandes), clock.instant());
        crms.store(crm);
        record(caller, crm, before);
        return crm.legacyCommandes();
    }

    private void record(Caller caller, Crm crm, Map<String, Object> before) {
        Map<String, Object> after = summary(crm);
        journal.recordChange(
                caller.staff().actor(),
                ActivityAction.UPDATE,
                subject(crm),
                Accounts.changed(before, after, true),
                Accounts.changed(before, after, false),
                caller.ip());
    }

    private static void checkLegacy(Checks checks, String field, Map<String, List<String>> map) {
        map.forEach(
                (product, departements) -> {
                    String p = product.trim().toUpperCase(java.util.Locale.ROOT);
                    if (!List.of("PV", "PAC", "ITE", "*").contains(p)) {
                        checks.problem(
                                field + "." + product, "produit inconnu (PV, PAC, ITE ou *)");
                    }
                    departements.stream()
                            .filter(
                                    d ->
                                            !DEPARTEMENT_LIKE
                                                    .matcher(
                                                            d.trim()
                                                                    .toUpperCase(
                                                                            java.util.Locale.ROOT))
                                                    .matches())
                            .findFirst()
                            .ifPresent(
                                    d ->
                                            checks.problem(
                                                    field + "." + product,
                                                    "Département invalide: " + d));
                });
    }

    private static Map<String, List<String>> normalised(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach(
                (product, departements) ->
                        out.put(
                                product.trim().toUpperCase(java.util.Locale.ROOT),
                                departements.stream()
                                        .map(d -> d.trim().toUpperCase(java.util.Locale.ROOT))
                                        .distinct()
                                        .toList()));
        return out;
    }

    static Subject subject(Crm crm) {
        return new Subject("crm", crm.id().value(), crm.name());
    }

    private static Map<String, Object> summary(Crm crm) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", crm.name());
        m.put("slug", crm.slug().value());
        m.put("api_url", crm.apiUrl());
        m.put("description", crm.description());
        m.put("commandes", crm.legacyCommandes().toString());
        return m;
    }
}
