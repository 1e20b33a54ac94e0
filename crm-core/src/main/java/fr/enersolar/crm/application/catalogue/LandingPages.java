package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.FormMode;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpQuery;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.lp.SourceType;
import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Landing pages and their forms, created, changed, archived and duplicated together (the seed's LP
 * + form "duo", SPEC-seed §6.6). Differences from the seed: codes come from atomic sequences; both
 * documents are linked from the start (the form is written first, so an LP never points at a
 * missing form); values are checked; the partner key lives on the form only, sealed; duplicating an
 * LP without a form gives the copy a new form instead of a dangling link.
 */
@ApplicationScoped
public class LandingPages {

    static final String NOT_FOUND = "LP non trouvée";

    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject AccountRepository accounts;
    @Inject CatalogueViews views;
    @Inject PartnerKeys keys;
    @Inject FormCatalogue formCatalogue;
    @Inject ActivityJournal journal;
    @Inject Clock clock;

    /** What a creation or a duplication made: the LP and its form, with their codes. */
    public record Duo(LpView lp, FormView form) {}

    /** A page of landing pages, newest first, with their figures. */
    public Page<LpView> list(Optional<String> accountId, String status, Paging paging) {
        LpQuery query =
                new LpQuery(
                        accountId.map(id -> Ids.parse(id, AccountId::new, "account_id")),
                        Statuses.filter(status));
        return new Page<>(
                views.ofLps(lps.list(query, paging.offset(), paging.limit())), lps.count(query));
    }

    /** The landing page with its form, account and figures; 404 {@code LP non trouvée}. */
    public LpView get(String id) {
        return views.ofLp(find(id));
    }

    /** Creates the form, then the landing page, linked to each other. */
    public Duo create(Caller caller, Values values) {
        Checks checks = new Checks(values);
        Optional<String> accountId = checks.requiredId("account_id");
        Optional<String> name = checks.requiredName("name");
        Optional<String> url = checks.requiredHttpUrl("url");
        Optional<ProductType> product = checks.requiredProduct("product_type");
        Settings settings = Settings.read(checks);
        Optional<String> key = KeyInput.newKey(checks, false);
        Optional<Boolean> crossCrm = checks.flag("allow_cross_crm");
        checks.throwIfAny();
        Account account = account(accountId.orElseThrow());

        Instant now = clock.instant();
        UserId by = caller.staff().user();
        Lp lp =
                new Lp(
                        LpId.generate(),
                        lps.nextCode(),
                        account.id(),
                        name.orElseThrow(),
                        url.orElseThrow(),
                        product.orElseThrow(),
                        now,
                        by);
        settings.applyTo(lp, now, by);
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(product.orElseThrow()),
                        account.id(),
                        "Form " + lp.name(),
                        lp.formUrl(),
                        now,
                        by);
        form.trackWith(lp.trackingType(), lp.redirectUrl(), now, by);
        key.ifPresent(k -> form.useSealedCrmApiKey(keys.seal(k), now, by));
        crossCrm.ifPresent(allowed -> form.allowCrossCrm(allowed, now, by));
        lp.linkForm(form.id(), now, by);
        form.linkLp(lp.id(), now, by);
        forms.store(form);
        lps.store(lp);

        Duo masked = duo(lp, form);
        record(caller, ActivityAction.CREATE, lp, null, summary(lp, Optional.of(form)), Map.of());
        formCatalogue.record(
                caller,
                ActivityAction.CREATE,
                form,
                null,
                formCatalogue.summary(form),
                Map.of("lp_code", lp.code().value()));
        return new Duo(
                CatalogueViews.showingKey(masked.lp(), key),
                CatalogueViews.showingKey(masked.form(), key));
    }

    /**
     * Sets the fields sent on the landing page and carries to its form what they share: tracking,
     * thank-you URL, partner key, form URL and product. Codes never change.
     */
    public LpView update(Caller caller, String id, Values values) {
        Lp lp = find(id);
        Optional<Form> form = lp.form().flatMap(forms::find);
        Checks checks = new Checks(values);
        Optional<String> name = checks.name("name");
        Optional<String> url = checks.httpUrl("url", false);
        Optional<ProductType> product = checks.product("product_type");
        Settings settings = Settings.read(checks);
        Optional<String> key = KeyInput.newKey(checks, form.map(Form::hasCrmApiKey).orElse(false));
        Optional<LifecycleStatus> status = Statuses.read(checks, "status");
        if (key.isPresent() && form.isEmpty()) {
            checks.problem(KeyInput.FIELD, "cette LP n'a pas de formulaire");
        }
        checks.throwIfAny();

        Map<String, Object> before = summary(lp, form);
        Instant now = clock.instant();
        UserId by = caller.staff().user();
        if (name.isPresent() || url.isPresent() || product.isPresent()) {
            lp.describe(
                    name.orElse(lp.name()),
                    url.orElse(lp.url()),
                    product.orElse(lp.productType()),
                    now,
                    by);
        }
        settings.applyTo(lp, now, by);
        status.ifPresent(s -> setStatus(lp, s, now, by));
        form.ifPresent(
                f -> {
                    if (settings.tracking().isPresent() || settings.redirectUrl().isPresent()) {
                        f.trackWith(lp.trackingType(), lp.redirectUrl(), now, by);
                    }
                    if (url.isPresent() || settings.placement()) {
                        f.describe(f.name(), lp.formUrl(), now, by);
                    }
                    product.ifPresent(p -> f.sell(p, now, by));
                    key.ifPresent(k -> f.useSealedCrmApiKey(keys.seal(k), now, by));
                    status.ifPresent(s -> FormCatalogue.setStatus(f, s, now, by));
                    forms.store(f);
                });
        lps.store(lp);

        Map<String, Object> after = summary(lp, form);
        record(
                caller,
                ActivityAction.UPDATE,
                lp,
                Accounts.changed(before, after, true),
                Accounts.changed(before, after, false),
                Map.of());
        return CatalogueViews.showingKey(views.ofLp(lp), key);
    }

    /** Archives the landing page and its form (the seed's DELETE); archiving twice is harmless. */
    public void archive(Caller caller, String id) {
        Lp lp = find(id);
        Instant now = clock.instant();
        UserId by = caller.staff().user();
        Optional<Form> form = lp.form().flatMap(forms::find);
        form.ifPresent(
                f -> {
                    f.archive(now, by);
                    forms.store(f);
                    formCatalogue.record(
                            caller,
                            ActivityAction.DELETE,
                            f,
                            Map.of("status", LifecycleStatus.ACTIVE.wire()),
                            Map.of("status", LifecycleStatus.ARCHIVED.wire()),
                            Map.of("lp_code", lp.code().value()));
                });
        lp.archive(now, by);
        lps.store(lp);
        record(
                caller,
                ActivityAction.DELETE,
                lp,
                Map.of("status", LifecycleStatus.ACTIVE.wire()),
                Map.of("status", LifecycleStatus.ARCHIVED.wire()),
                form.map(f -> Map.<String, Object>of("form_code", f.code().value()))
                        .orElse(Map.of()));
    }

    /** An active copy of the landing page and of its form, with new codes, linked together. */
    public Duo duplicate(Caller caller, String id) {
        Lp original = find(id);
        Instant now = clock.instant();
        UserId by = caller.staff().user();
        Lp copy = original.duplicate(LpId.generate(), lps.nextCode(), now, by);
        Optional<Form> originalForm = original.form().flatMap(forms::find);
        Form form =
                originalForm
                        .map(
                                f ->
                                        f.duplicate(
                                                FormId.generate(),
                                                forms.nextCode(f.productType()),
                                                now,
                                                by))
                        .orElseGet(
                                () ->
                                        new Form(
                                                FormId.generate(),
                                                forms.nextCode(copy.productType()),
                                                copy.account(),
                                                "Form " + copy.name(),
                                                copy.formUrl(),
                                                now,
                                                by));
        if (originalForm.isEmpty()) {
            form.trackWith(copy.trackingType(), copy.redirectUrl(), now, by);
        }
        copy.linkForm(form.id(), now, by);
        form.linkLp(copy.id(), now, by);
        forms.store(form);
        lps.store(copy);

        Duo duo = duo(copy, form);
        record(
                caller,
                ActivityAction.CREATE,
                copy,
                null,
                summary(copy, Optional.of(form)),
                Map.of("duplicate_of", original.code().value()));
        formCatalogue.record(
                caller,
                ActivityAction.CREATE,
                form,
                null,
                formCatalogue.summary(form),
                originalForm
                        .map(f -> Map.<String, Object>of("duplicate_of", f.code().value()))
                        .orElse(Map.of("lp_code", copy.code().value())));
        return duo;
    }

    static void setStatus(Lp lp, LifecycleStatus status, Instant at, UserId by) {
        if (status == LifecycleStatus.ARCHIVED && lp.isActive()) {
            lp.archive(at, by);
        } else if (status == LifecycleStatus.ACTIVE && !lp.isActive()) {
            lp.restore(at, by);
        }
    }

    /** The views of a new duo, the key masked. */
    private Duo duo(Lp lp, Form form) {
        return new Duo(views.ofLp(lp), views.ofForm(form));
    }

    private Lp find(String id) {
        return Ids.find(id, LpId::new, lps::find, NOT_FOUND);
    }

    private Account account(String id) {
        AccountId accountId = Ids.parse(id, AccountId::new, "account_id");
        return accounts.find(accountId)
                .orElseThrow(() -> CatalogueException.invalid("account_id", Accounts.NOT_FOUND));
    }

    private void record(
            Caller caller,
            ActivityAction action,
            Lp lp,
            Map<String, Object> before,
            Map<String, Object> after,
            Map<String, Object> extra) {
        if (extra.isEmpty()) {
            journal.recordChange(
                    caller.staff().actor(), action, subject(lp), before, after, caller.ip());
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>(extra);
        if (before != null) {
            details.put("before", before);
        }
        if (after != null) {
            details.put("after", after);
        }
        journal.record(caller.staff().actor(), action, subject(lp), details, caller.ip());
    }

    static Subject subject(Lp lp) {
        return new Subject("lp", lp.id().value(), lp.code().value() + " " + lp.name());
    }

    /** What the activity log keeps of an LP: its settings and its form's key, masked. */
    private Map<String, Object> summary(Lp lp, Optional<Form> form) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", lp.code().value());
        m.put("name", lp.name());
        m.put("url", lp.url());
        m.put("product_type", lp.productType().name());
        m.put("form_mode", lp.formMode().wire());
        m.put("form_url", lp.formUrl());
        m.put("tracking_type", lp.trackingType().wire());
        m.put("redirect_url", lp.redirectUrl());
        m.put("source_type", lp.sourceType().wire());
        m.put("source_name", lp.sourceName());
        m.put("notes", lp.notes());
        m.put("status", lp.status().wire());
        form.ifPresent(f -> m.put("form_code", f.code().value()));
        m.put("crm_api_key", form.map(keys::masked).orElse(""));
        return m;
    }

    /** The settings an LP shares with its form, checked; absent ones keep the current value. */
    record Settings(
            Optional<FormMode> mode,
            Optional<String> formUrl,
            Optional<TrackingType> tracking,
            Optional<String> redirectUrl,
            Optional<SourceType> source,
            Optional<String> sourceName,
            Optional<String> notes) {

        static Settings read(Checks checks) {
            return new Settings(
                    checks.choice("form_mode", FormMode::fromWire, "embedded ou redirect"),
                    checks.httpUrl("form_url", true),
                    checks.choice(
                            "tracking_type", TrackingType::fromWire, "redirect, gtm, both ou none"),
                    checks.redirectUrl("redirect_url"),
                    checks.choice(
                            "source_type",
                            SourceType::fromWire,
                            "native, google, facebook ou other"),
                    checks.text("source_name", Checks.NAME_MAX),
                    checks.text("notes", Checks.NOTES_MAX));
        }

        /** Whether where the form lives changes. */
        boolean placement() {
            return mode.isPresent() || formUrl.isPresent();
        }

        void applyTo(Lp lp, Instant at, UserId by) {
            if (placement()) {
                lp.placeForm(mode.orElse(lp.formMode()), formUrl.orElse(lp.givenFormUrl()), at, by);
            }
            if (tracking.isPresent() || redirectUrl.isPresent()) {
                lp.trackWith(
                        tracking.orElse(lp.trackingType()),
                        redirectUrl.orElse(lp.redirectUrl()),
                        at,
                        by);
            }
            if (source.isPresent() || sourceName.isPresent()) {
                lp.attributeTo(
                        source.orElse(lp.sourceType()), sourceName.orElse(lp.sourceName()), at, by);
            }
            notes.ifPresent(n -> lp.annotate(n, at, by));
        }
    }
}
