package fr.enersolar.crm.application.brief;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The briefs staff open for a landing page or a form (SPEC-seed §5.3, §14): loads the records, then
 * lets {@link BriefGenerator} write the scripts. The scripts' API URL is {@code CRM_PUBLIC_URL}
 * when set (checked at start), else the caller's own base URL.
 */
@ApplicationScoped
public class Briefs {

    /** The seed's error messages. */
    public static final String LP_NOT_FOUND = "LP non trouvée";

    public static final String LINKED_FORM_NOT_FOUND = "Form lié non trouvé";
    public static final String ACCOUNT_NOT_FOUND = "Compte non trouvé";
    public static final String FORM_NOT_FOUND = "Formulaire non trouvé";

    /** A brief, or the reason there is none (one of the seed's messages above). */
    public sealed interface Answer<T> {

        /** The brief. */
        record Generated<T>(T brief) implements Answer<T> {}

        /** No brief: the LP, its form, its account or the form is missing. */
        record Missing<T>(String error) implements Answer<T> {}
    }

    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject AccountRepository accounts;
    @Inject SystemConfigRepository system;
    @Inject CrmConfig config;

    private Optional<String> publicUrl;

    @PostConstruct
    void readConfiguration() {
        publicUrl = config.value(ConfigKey.PUBLIC_URL);
        if (publicUrl.isPresent() && SafeUrls.absoluteBase(publicUrl.get()).isEmpty()) {
            throw new IllegalStateException(
                    ConfigKey.PUBLIC_URL.environmentVariable()
                            + " must be an absolute http(s) URL without query or fragment: "
                            + publicUrl.get());
        }
    }

    /** Reads the configuration at deployment, so a mistake in it stops the deployment. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        publicUrl();
    }

    /** The configured public base URL, if any. */
    public Optional<String> publicUrl() {
        return publicUrl;
    }

    /**
     * The brief of the landing page with this id (or code).
     *
     * @param requestBaseUrl the application's base URL as the caller reached it, used when {@code
     *     CRM_PUBLIC_URL} is unset
     */
    public Answer<LpBrief> forLp(String idOrCode, String requestBaseUrl) {
        Optional<Lp> lp =
                parse(() -> new LpId(idOrCode))
                        .flatMap(lps::find)
                        .or(() -> parse(() -> new LpCode(idOrCode)).flatMap(lps::findByCode));
        if (lp.isEmpty()) {
            return new Answer.Missing<>(LP_NOT_FOUND);
        }
        Optional<Form> form = lp.get().form().flatMap(forms::find);
        if (form.isEmpty()) {
            return new Answer.Missing<>(LINKED_FORM_NOT_FOUND);
        }
        Optional<Account> account = accounts.find(lp.get().account());
        if (account.isEmpty()) {
            return new Answer.Missing<>(ACCOUNT_NOT_FOUND);
        }
        return new Answer.Generated<>(
                generator(requestBaseUrl).lpBrief(lp.get(), form.get(), account.get()));
    }

    /**
     * The brief of the form with this id (or code), with its landing page's script when one is
     * linked.
     */
    public Answer<FormBrief> forForm(String idOrCode, String requestBaseUrl) {
        Optional<Form> form =
                parse(() -> new FormId(idOrCode))
                        .flatMap(forms::find)
                        .or(() -> parse(() -> new FormCode(idOrCode)).flatMap(forms::findByCode));
        if (form.isEmpty()) {
            return new Answer.Missing<>(FORM_NOT_FOUND);
        }
        Optional<Lp> lp = form.get().lp().flatMap(lps::find);
        Optional<Account> account = accounts.find(form.get().account());
        return new Answer.Generated<>(generator(requestBaseUrl).formBrief(form.get(), lp, account));
    }

    private BriefGenerator generator(String requestBaseUrl) {
        return new BriefGenerator(publicUrl.orElse(requestBaseUrl), system.intakeKey());
    }

    /** A value object from a path segment, or empty when it is malformed. */
    private static <T> Optional<T> parse(Supplier<T> value) {
        try {
            return Optional.of(value.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
