package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.user.Section;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The operator's client accounts (SPEC-seed §1.3, §5.3). Differences from the seed: the primary CRM
 * must exist; URLs, colours and the domain are checked; the GTM snippets, which end up verbatim in
 * scripts on customers' sites, may be changed by administrators only (SPEC-seed §20); every change
 * is in the activity log.
 */
@ApplicationScoped
public class Accounts {

    static final String NOT_FOUND = "Compte non trouvé";
    static final List<String> GTM_FIELDS = List.of("gtm_head", "gtm_body", "gtm_conversion");

    @Inject AccountRepository accounts;
    @Inject CrmRepository crms;
    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject ActivityJournal journal;
    @Inject Clock clock;

    /** The accounts of one CRM, or all, by name. */
    public Page<Account> list(Optional<String> crmId, Paging paging) {
        Optional<CrmId> crm = crmId.map(id -> Ids.parse(id, CrmId::new, "crm_id"));
        return new Page<>(accounts.list(crm, paging.offset(), paging.limit()), accounts.count(crm));
    }

    /** The account; 404 {@code Compte non trouvé}. */
    public Account get(String id) {
        return Ids.find(id, AccountId::new, accounts::find, NOT_FOUND);
    }

    /** A new account of an existing CRM, with the seed's defaults for what is not given. */
    public Account create(Caller caller, Values values) {
        Checks checks = new Checks(values);
        Optional<String> name = checks.requiredName("name");
        Optional<String> crmId = values.text("crm_id");
        if (crmId.isEmpty() || crmId.get().isBlank()) {
            checks.problem("crm_id", "champ requis");
        }
        Edit edit = read(checks, values);
        requireAdminForGtm(caller, values, null);
        checks.throwIfAny();
        CrmId crm = Ids.parse(crmId.orElseThrow(), CrmId::new, "crm_id");
        if (crms.find(crm).isEmpty()) {
            throw CatalogueException.invalid("crm_id", "CRM non trouvé");
        }
        Instant now = clock.instant();
        String by = caller.staff().user().value();
        Account account = new Account(AccountId.generate(), name.orElseThrow(), crm, now, by);
        edit.applyTo(account, now, by);
        accounts.store(account);
        journal.recordChange(
                caller.staff().actor(),
                ActivityAction.CREATE,
                subject(account),
                null,
                summary(account),
                caller.ip());
        return account;
    }

    /**
     * Sets the fields sent, except the primary CRM, which cannot change (sending the same one is
     * accepted, another one is refused).
     */
    public Account update(Caller caller, String id, Values values) {
        Account account = get(id);
        Checks checks = new Checks(values);
        Optional<String> name = checks.name("name");
        values.text("crm_id")
                .filter(c -> !c.trim().equalsIgnoreCase(account.primaryCrm().value()))
                .ifPresent(
                        c -> checks.problem("crm_id", "le CRM principal ne peut pas être modifié"));
        Edit edit = read(checks, values);
        requireAdminForGtm(caller, values, account);
        checks.throwIfAny();
        Map<String, Object> before = summary(account);
        Instant now = clock.instant();
        String by = caller.staff().user().value();
        name.ifPresent(n -> account.rename(n, now, by));
        edit.applyTo(account, now, by);
        accounts.store(account);
        Map<String, Object> after = summary(account);
        journal.recordChange(
                caller.staff().actor(),
                ActivityAction.UPDATE,
                subject(account),
                changed(before, after, true),
                changed(before, after, false),
                caller.ip());
        return account;
    }

    /**
     * Deletes an account no landing page or form refers to (archived ones included); otherwise 400
     * with the seed's message.
     */
    public void delete(Caller caller, String id) {
        Account account = get(id);
        long lpCount = lps.countOfAccount(account.id());
        long formCount = forms.countOfAccount(account.id());
        if (lpCount > 0 || formCount > 0) {
            throw CatalogueException.refused(
                    "Impossible de supprimer: "
                            + lpCount
                            + " LP(s) et "
                            + formCount
                            + " formulaire(s) liés");
        }
        accounts.remove(account.id());
        journal.recordChange(
                caller.staff().actor(),
                ActivityAction.DELETE,
                subject(account),
                summary(account),
                null,
                caller.ip());
    }

    /** The GTM snippets are script on customers' pages: only an administrator may change them. */
    private static void requireAdminForGtm(Caller caller, Values values, Account current) {
        if (caller.staff().mayAdminister(Section.ACCOUNTS)) {
            return;
        }
        for (String field : GTM_FIELDS) {
            Optional<String> sent = values.text(field);
            String now = current == null ? "" : gtm(current, field);
            if (sent.isPresent() && !sent.get().equals(now)) {
                throw CatalogueException.forbidden(
                        "Seul un administrateur peut modifier les codes GTM (" + field + ")");
            }
        }
    }

    private static String gtm(Account account, String field) {
        return switch (field) {
            case "gtm_head" -> account.gtmHead();
            case "gtm_body" -> account.gtmBody();
            default -> account.gtmConversion();
        };
    }

    /** The optional fields of a create or an update, checked. */
    private static Edit read(Checks checks, Values values) {
        return new Edit(
                checks.domain("domain"),
                checks.httpUrl("logo_main_url", true),
                checks.httpUrl("logo_secondary_url", true),
                checks.httpUrl("logo_mini_url", true),
                checks.color("primary_color"),
                checks.color("secondary_color"),
                checks.text("privacy_policy_text", Checks.TEXT_MAX),
                checks.text("legal_mentions_text", Checks.TEXT_MAX),
                checks.text("gtm_head", Checks.TEXT_MAX),
                checks.text("gtm_body", Checks.TEXT_MAX),
                checks.text("gtm_conversion", Checks.TEXT_MAX),
                checks.choice(
                                "default_tracking_type",
                                TrackingType::fromWire,
                                "redirect, gtm, both ou none")
                        .map(TrackingType::wire),
                checks.text("notes", Checks.NOTES_MAX));
    }

    /** Checked optional values; each absent one keeps the account's current value. */
    private record Edit(
            Optional<String> domain,
            Optional<String> logoMain,
            Optional<String> logoSecondary,
            Optional<String> logoMini,
            Optional<String> primaryColor,
            Optional<String> secondaryColor,
            Optional<String> privacy,
            Optional<String> legal,
            Optional<String> gtmHead,
            Optional<String> gtmBody,
            Optional<String> gtmConversion,
            Optional<String> trackingType,
            Optional<String> notes) {

        void applyTo(Account a, Instant at, String by) {
            if (domain.isPresent()
                    || logoMain.isPresent()
                    || logoSecondary.isPresent()
                    || logoMini.isPresent()
                    || primaryColor.isPresent()
                    || secondaryColor.isPresent()) {
                a.brand(
                        domain.orElse(a.domain()),
                        logoMain.orElse(a.logoMainUrl()),
                        logoSecondary.orElse(a.logoSecondaryUrl()),
                        logoMini.orElse(a.logoMiniUrl()),
                        primaryColor.orElse(a.primaryColor()),
                        secondaryColor.orElse(a.secondaryColor()),
                        at,
                        by);
            }
            if (privacy.isPresent() || legal.isPresent()) {
                a.legalTexts(
                        privacy.orElse(a.privacyPolicyText()),
                        legal.orElse(a.legalMentionsText()),
                        at,
                        by);
            }
            if (gtmHead.isPresent() || gtmBody.isPresent() || gtmConversion.isPresent()) {
                a.tagManager(
                        gtmHead.orElse(a.gtmHead()),
                        gtmBody.orElse(a.gtmBody()),
                        gtmConversion.orElse(a.gtmConversion()),
                        at,
                        by);
            }
            if (notes.isPresent() || trackingType.isPresent()) {
                a.annotate(notes.orElse(a.notes()), trackingType.orElse(null), at, by);
            }
        }
    }

    static Subject subject(Account account) {
        return new Subject("account", account.id().value(), account.name());
    }

    /** What the activity log keeps of an account: every field staff set. */
    private static Map<String, Object> summary(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("crm_id", a.primaryCrm().value());
        m.put("domain", a.domain());
        m.put("logo_main_url", a.logoMainUrl());
        m.put("logo_secondary_url", a.logoSecondaryUrl());
        m.put("logo_mini_url", a.logoMiniUrl());
        m.put("primary_color", a.primaryColor());
        m.put("secondary_color", a.secondaryColor());
        m.put("privacy_policy_text", a.privacyPolicyText());
        m.put("legal_mentions_text", a.legalMentionsText());
        m.put("gtm_head", a.gtmHead());
        m.put("gtm_body", a.gtmBody());
        m.put("gtm_conversion", a.gtmConversion());
        m.put("default_tracking_type", a.defaultTrackingType());
        m.put("notes", a.notes());
        return m;
    }

    /** The entries of {@code before} (or {@code after}) whose value changed. */
    static Map<String, Object> changed(
            Map<String, Object> before, Map<String, Object> after, boolean old) {
        Map<String, Object> changed = new LinkedHashMap<>();
        before.forEach(
                (k, v) -> {
                    if (!Objects.equals(v, after.get(k))) {
                        changed.put(k, old ? v : after.get(k));
                    }
                });
        return changed;
    }
}
