package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormQuery;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lead forms (SPEC-seed §1.6, §5.3). Differences from the seed: {@code allow_cross_crm} is
 * stored from creation on; the product is checked and upper-cased on update too; a linked landing
 * page must exist and belong to the same account; the partner key is sealed and shown masked; which
 * fields a submission requires, and the consent text version, can be set.
 */
@ApplicationScoped
public class FormCatalogue {

    static final String NOT_FOUND = "Formulaire non trouvé";

    /** The submission fields a form may require (SPEC-seed §6.1). */
    static final List<String> LEAD_FIELDS =
            List.of(
                    "phone",
                    "nom",
                    "prenom",
                    "civilite",
                    "email",
                    "code_postal",
                    "departement",
                    "ville",
                    "adresse",
                    "type_logement",
                    "statut_occupant",
                    "surface_habitable",
                    "annee_construction",
                    "type_chauffage",
                    "facture_electricite",
                    "facture_chauffage",
                    "type_projet",
                    "delai_projet",
                    "budget");

    @Inject FormRepository forms;
    @Inject LpRepository lps;
    @Inject AccountRepository accounts;
    @Inject CatalogueViews views;
    @Inject PartnerKeys keys;
    @Inject ActivityJournal journal;
    @Inject Clock clock;

    /** A page of forms, newest first, with their figures. */
    public Page<FormView> list(
            Optional<String> accountId,
            Optional<String> productType,
            String status,
            Paging paging) {
        Checks checks =
                new Checks(Values.builder().text("product_type", productType.orElse(null)).build());
        Optional<ProductType> product = checks.product("product_type");
        checks.throwIfAny();
        FormQuery query =
                new FormQuery(
                        accountId.map(id -> Ids.parse(id, AccountId::new, "account_id")),
                        product,
                        Statuses.filter(status));
        return new Page<>(
                views.ofForms(forms.list(query, paging.offset(), paging.limit())),
                forms.count(query));
    }

    /** The form with its landing page, account and figures; 404 {@code Formulaire non trouvé}. */
    public FormView get(String id) {
        return views.ofForm(find(id));
    }

    /** A new active form of an account, optionally linked to one of its landing pages. */
    public FormView create(Caller caller, Values values) {
        Checks checks = new Checks(values);
        Optional<String> accountId = checks.requiredId("account_id");
        Optional<String> name = checks.requiredName("name");
        Optional<String> url = checks.requiredHttpUrl("url");
        Optional<ProductType> product = checks.requiredProduct("product_type");
        Settings settings = Settings.read(checks);
        Optional<String> key = KeyInput.newKey(checks, false);
        checks.throwIfAny();
        Account account = account(accountId.orElseThrow());
        Optional<Lp> lp = linkedLp(settings.lpId(), account.id());

        Instant now = clock.instant();
        UserId by = caller.staff().user();
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(product.orElseThrow()),
                        account.id(),
                        name.orElseThrow(),
                        url.orElseThrow(),
                        now,
                        by);
        settings.applyTo(form, lp, now, by);
        key.ifPresent(k -> form.useSealedCrmApiKey(keys.seal(k), now, by));
        forms.store(form);

        record(caller, ActivityAction.CREATE, form, null, summary(form), Map.of());
        return CatalogueViews.showingKey(views.ofForm(form), key);
    }

    /** Sets the fields sent; an empty {@code lp_id} detaches the form from its landing page. */
    public FormView update(Caller caller, String id, Values values) {
        Form form = find(id);
        Checks checks = new Checks(values);
        Optional<String> name = checks.name("name");
        Optional<String> url = checks.httpUrl("url", false);
        Optional<ProductType> product = checks.product("product_type");
        Settings settings = Settings.read(checks);
        Optional<String> key = KeyInput.newKey(checks, form.hasCrmApiKey());
        Optional<LifecycleStatus> status = Statuses.read(checks, "status");
        checks.throwIfAny();
        Optional<Lp> lp = linkedLp(settings.lpId().filter(l -> !l.isBlank()), form.account());

        Map<String, Object> before = summary(form);
        Instant now = clock.instant();
        UserId by = caller.staff().user();
        if (name.isPresent() || url.isPresent()) {
            form.describe(name.orElse(form.name()), url.orElse(form.url()), now, by);
        }
        product.ifPresent(p -> form.sell(p, now, by));
        if (settings.lpId().filter(String::isBlank).isPresent()) {
            form.unlinkLp(now, by);
        }
        settings.applyTo(form, lp, now, by);
        key.ifPresent(k -> form.useSealedCrmApiKey(keys.seal(k), now, by));
        status.ifPresent(s -> setStatus(form, s, now, by));
        forms.store(form);

        Map<String, Object> after = summary(form);
        record(
                caller,
                ActivityAction.UPDATE,
                form,
                Accounts.changed(before, after, true),
                Accounts.changed(before, after, false),
                Map.of());
        return CatalogueViews.showingKey(views.ofForm(form), key);
    }

    /** Archives the form (the seed's DELETE); its landing page stays as it is. */
    public void archive(Caller caller, String id) {
        Form form = find(id);
        form.archive(clock.instant(), caller.staff().user());
        forms.store(form);
        record(
                caller,
                ActivityAction.DELETE,
                form,
                Map.of("status", LifecycleStatus.ACTIVE.wire()),
                Map.of("status", LifecycleStatus.ARCHIVED.wire()),
                Map.of());
    }

    /** An active copy with a new code of its product, the same landing page and settings. */
    public FormView duplicate(Caller caller, String id) {
        Form original = find(id);
        Instant now = clock.instant();
        Form copy =
                original.duplicate(
                        FormId.generate(),
                        forms.nextCode(original.productType()),
                        now,
                        caller.staff().user());
        forms.store(copy);
        record(
                caller,
                ActivityAction.CREATE,
                copy,
                null,
                summary(copy),
                Map.of("duplicate_of", original.code().value()));
        return views.ofForm(copy);
    }

    static void setStatus(Form form, LifecycleStatus status, Instant at, UserId by) {
        if (status == LifecycleStatus.ARCHIVED && form.isActive()) {
            form.archive(at, by);
        } else if (status == LifecycleStatus.ACTIVE && !form.isActive()) {
            form.restore(at, by);
        }
    }

    private Form find(String id) {
        return Ids.find(id, FormId::new, forms::find, NOT_FOUND);
    }

    private Account account(String id) {
        AccountId accountId = Ids.parse(id, AccountId::new, "account_id");
        return accounts.find(accountId)
                .orElseThrow(() -> CatalogueException.invalid("account_id", Accounts.NOT_FOUND));
    }

    /** The landing page named by {@code lp_id}: it must exist and belong to the account. */
    private Optional<Lp> linkedLp(Optional<String> lpId, AccountId account) {
        if (lpId.isEmpty() || lpId.get().isBlank()) {
            return Optional.empty();
        }
        Lp lp;
        try {
            lp =
                    lps.find(new LpId(lpId.get()))
                            .orElseThrow(
                                    () ->
                                            CatalogueException.invalid(
                                                    "lp_id", LandingPages.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw CatalogueException.invalid("lp_id", LandingPages.NOT_FOUND);
        }
        if (!lp.account().equals(account)) {
            throw CatalogueException.invalid("lp_id", "cette LP appartient à un autre compte");
        }
        return Optional.of(lp);
    }

    void record(
            Caller caller,
            ActivityAction action,
            Form form,
            Map<String, Object> before,
            Map<String, Object> after,
            Map<String, Object> extra) {
        Map<String, Object> details = new LinkedHashMap<>(extra);
        if (before != null) {
            details.put("before", before);
        }
        if (after != null) {
            details.put("after", after);
        }
        journal.record(caller.staff().actor(), action, subject(form), details, caller.ip());
    }

    static Subject subject(Form form) {
        return new Subject("form", form.id().value(), form.code().value() + " " + form.name());
    }

    /** What the activity log keeps of a form: its settings, the key masked. */
    Map<String, Object> summary(Form f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.code().value());
        m.put("name", f.name());
        m.put("url", f.url());
        m.put("product_type", f.productType().name());
        m.put("lp_id", f.lp().map(LpId::value).orElse(""));
        m.put("crm_api_key", keys.masked(f));
        m.put("allow_cross_crm", f.allowsCrossCrm());
        m.put("tracking_type", f.trackingType().wire());
        m.put("redirect_url", f.redirectUrl());
        m.put("notes", f.notes());
        m.put("status", f.status().wire());
        m.put("required_fields", String.join(",", f.requiredFields()));
        m.put("consent_text_version", f.consentTextVersion());
        return m;
    }

    /** The optional settings of a create or update, checked; absent ones keep the current value. */
    record Settings(
            Optional<String> lpId,
            Optional<Boolean> crossCrm,
            Optional<TrackingType> tracking,
            Optional<String> redirectUrl,
            Optional<String> notes,
            Optional<List<String>> requiredFields,
            Optional<String> consentVersion) {

        static Settings read(Checks checks) {
            Optional<List<String>> required = checks.texts("required_fields");
            required.ifPresent(
                    fields ->
                            fields.stream()
                                    .filter(f -> !LEAD_FIELDS.contains(f))
                                    .findFirst()
                                    .ifPresent(
                                            f ->
                                                    checks.problem(
                                                            "required_fields",
                                                            "champ de lead inconnu : " + f)));
            Optional<String> consent = checks.text("consent_text_version", 50).map(String::trim);
            if (consent.isPresent() && consent.get().isEmpty()) {
                checks.problem("consent_text_version", "ne peut pas être vide");
            }
            return new Settings(
                    checks.text("lp_id", 100).map(String::trim),
                    checks.flag("allow_cross_crm"),
                    checks.choice(
                            "tracking_type", TrackingType::fromWire, "redirect, gtm, both ou none"),
                    checks.redirectUrl("redirect_url"),
                    checks.text("notes", Checks.NOTES_MAX),
                    required,
                    consent);
        }

        void applyTo(Form form, Optional<Lp> lp, Instant at, UserId by) {
            lp.ifPresent(l -> form.linkLp(l.id(), at, by));
            crossCrm.ifPresent(c -> form.allowCrossCrm(c, at, by));
            if (tracking.isPresent() || redirectUrl.isPresent()) {
                form.trackWith(
                        tracking.orElse(form.trackingType()),
                        redirectUrl.orElse(form.redirectUrl()),
                        at,
                        by);
            }
            notes.ifPresent(n -> form.annotate(n, at, by));
            requiredFields.ifPresent(r -> form.require(r, at, by));
            consentVersion.ifPresent(v -> form.showConsentText(v, at, by));
        }
    }
}
