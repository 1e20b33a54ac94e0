package fr.enersolar.crm.application.forms;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The form configuration that landing pages and form pages read without logging in (SPEC-seed
 * §5.1). Unlike the seed, archived forms are not shown (SPEC-seed §20 lists it as a defect): a form
 * taken out of use is simply not found.
 */
@ApplicationScoped
public class PublicForms {

    /** The seed's limit on the forms listed for one landing page. */
    static final int MAX_FORMS_PER_LP = 50;

    @Inject FormRepository forms;
    @Inject LpRepository lps;
    @Inject AccountRepository accounts;

    /**
     * The active form with this code ({@code PV-001}, any case) or id, with its landing page and
     * branding; empty when there is none or it is archived.
     */
    public Optional<PublicForm> form(String codeOrId) {
        return parse(() -> new FormCode(codeOrId))
                .flatMap(forms::findByCode)
                .or(() -> parse(() -> new FormId(codeOrId)).flatMap(forms::find))
                .filter(Form::isActive)
                .map(this::publicForm);
    }

    /**
     * The landing page with this code and its active forms (at most {@value #MAX_FORMS_PER_LP}, by
     * code); empty when no LP has this code.
     */
    public Optional<LpForms> ofLp(String lpCode) {
        return parse(() -> new LpCode(lpCode))
                .flatMap(lps::findByCode)
                .map(
                        lp ->
                                new LpForms(
                                        linked(lp),
                                        forms.ofLp(lp.id()).stream()
                                                .filter(Form::isActive)
                                                .limit(MAX_FORMS_PER_LP)
                                                .map(PublicForms::summary)
                                                .toList()));
    }

    private PublicForm publicForm(Form form) {
        return new PublicForm(
                new PublicForm.Page(
                        form.id().value(),
                        form.code().value(),
                        form.name(),
                        form.url(),
                        form.productType().name(),
                        form.trackingType().wire(),
                        form.redirectUrl()),
                form.lp().flatMap(lps::find).map(PublicForms::linked),
                accounts.find(form.account()).map(PublicForms::branding));
    }

    private static PublicForm.LinkedLp linked(Lp lp) {
        return new PublicForm.LinkedLp(lp.id().value(), lp.code().value(), lp.url());
    }

    private static PublicForm.Branding branding(Account account) {
        return new PublicForm.Branding(
                account.name(),
                account.logoMainUrl(),
                account.logoSecondaryUrl(),
                account.logoMiniUrl(),
                account.primaryColor(),
                account.secondaryColor());
    }

    private static LpForms.Summary summary(Form form) {
        return new LpForms.Summary(
                form.id().value(),
                form.code().value(),
                form.name(),
                form.url(),
                form.productType().name());
    }

    /** A value object from what a visitor typed, or empty when it is malformed. */
    private static <T> Optional<T> parse(Supplier<T> value) {
        try {
            return Optional.of(value.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
