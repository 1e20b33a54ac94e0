package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the read models of a page of landing pages or forms with a fixed number of store calls,
 * whatever the page's length: the linked forms (or LPs) and the accounts in one lookup each, the
 * figures in one grouped count each (SPEC-seed §20: the seed ran about six queries per LP).
 */
@ApplicationScoped
class CatalogueViews {

    @Inject FormRepository forms;
    @Inject LpRepository lps;
    @Inject AccountRepository accounts;
    @Inject CatalogueCounts counts;
    @Inject PartnerKeys keys;

    List<LpView> ofLps(List<Lp> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<FormId, Form> linked =
                byId(
                        forms.findAll(page.stream().flatMap(l -> l.form().stream()).toList()),
                        Form::id);
        Map<AccountId, Account> owners = owners(page.stream().map(Lp::account).toList());
        List<LpCode> lpCodes = page.stream().map(Lp::code).toList();
        List<FormCode> formCodes = linked.values().stream().map(Form::code).toList();
        Map<LpCode, Long> visits = counts.eventsByLp(lpCodes, TrackingEventType.LP_VISIT);
        Map<LpCode, Long> clicks = counts.eventsByLp(lpCodes, TrackingEventType.CTA_CLICK);
        Map<FormCode, Long> starts = counts.eventsByForm(formCodes, TrackingEventType.FORM_START);
        Map<FormCode, CatalogueCounts.LeadTally> leads = counts.leadsByForm(formCodes);
        return page.stream()
                .map(
                        lp -> {
                            Optional<Form> form = lp.form().map(linked::get);
                            Optional<FormCode> code = form.map(Form::code);
                            LpStats stats =
                                    new LpStats(
                                            visits.getOrDefault(lp.code(), 0L),
                                            clicks.getOrDefault(lp.code(), 0L),
                                            code.map(c -> starts.getOrDefault(c, 0L)).orElse(0L),
                                            code.map(
                                                            c ->
                                                                    leads.getOrDefault(
                                                                                    c,
                                                                                    CatalogueCounts
                                                                                            .LeadTally
                                                                                            .NONE)
                                                                            .total())
                                                    .orElse(0L));
                            return new LpView(
                                    lp,
                                    form,
                                    Optional.ofNullable(owners.get(lp.account())),
                                    stats,
                                    form.map(keys::masked).orElse(""));
                        })
                .toList();
    }

    LpView ofLp(Lp lp) {
        return ofLps(List.of(lp)).get(0);
    }

    List<FormView> ofForms(List<Form> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<LpId, Lp> linked =
                byId(lps.findAll(page.stream().flatMap(f -> f.lp().stream()).toList()), Lp::id);
        Map<AccountId, Account> owners = owners(page.stream().map(Form::account).toList());
        List<FormCode> codes = page.stream().map(Form::code).toList();
        Map<FormCode, Long> starts = counts.eventsByForm(codes, TrackingEventType.FORM_START);
        Map<FormCode, CatalogueCounts.LeadTally> leads = counts.leadsByForm(codes);
        return page.stream()
                .map(
                        form -> {
                            CatalogueCounts.LeadTally tally =
                                    leads.getOrDefault(form.code(), CatalogueCounts.LeadTally.NONE);
                            return new FormView(
                                    form,
                                    form.lp().map(linked::get),
                                    Optional.ofNullable(owners.get(form.account())),
                                    new FormStats(
                                            starts.getOrDefault(form.code(), 0L),
                                            tally.total(),
                                            tally.sent(),
                                            tally.finished()),
                                    keys.masked(form));
                        })
                .toList();
    }

    FormView ofForm(Form form) {
        return ofForms(List.of(form)).get(0);
    }

    /** The same view, showing {@code clearKey} once: the answer of the call that set it. */
    static LpView showingKey(LpView view, Optional<String> clearKey) {
        return clearKey.map(
                        k -> new LpView(view.lp(), view.form(), view.account(), view.stats(), k))
                .orElse(view);
    }

    static FormView showingKey(FormView view, Optional<String> clearKey) {
        return clearKey.map(
                        k -> new FormView(view.form(), view.lp(), view.account(), view.stats(), k))
                .orElse(view);
    }

    private Map<AccountId, Account> owners(List<AccountId> ids) {
        return byId(accounts.findAll(ids.stream().distinct().toList()), Account::id);
    }

    private static <I, T> Map<I, T> byId(List<T> items, Function<T, I> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
