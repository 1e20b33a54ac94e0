package fr.enersolar.crm.application.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.config.IntakeApiKey;
import fr.enersolar.crm.domain.model.config.SystemConfigRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.testing.CoreContainer;
import fr.enersolar.crm.testing.FixedConfig;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class BriefsTest {

    private static final String REQUEST_BASE = "http://127.0.0.1:8080/crm/";

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject AccountRepository accounts;
    @Inject SystemConfigRepository system;

    private final Instant now = Instant.now();
    private Account account;
    private Lp lp;
    private Form form;

    @BeforeEach
    void storedLandingPage() {
        CoreContainer.resetStore();
        account = new Account(AccountId.generate(), "Soleil", CrmId.generate(), now, "test");
        accounts.store(account);
        lp =
                new Lp(
                        LpId.generate(),
                        lps.nextCode(),
                        account.id(),
                        "LP",
                        "https://soleil.fr/lp",
                        ProductType.PV,
                        now,
                        null);
        form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PV),
                        account.id(),
                        "Form",
                        "https://soleil.fr/form",
                        now,
                        null);
        form.linkLp(lp.id(), now, null);
        forms.store(form);
        lp.linkForm(form.id(), now, null);
        lps.store(lp);
    }

    private Briefs briefs(FixedConfig config) {
        Briefs briefs = new Briefs();
        briefs.lps = lps;
        briefs.forms = forms;
        briefs.accounts = accounts;
        briefs.system = system;
        briefs.config = config;
        briefs.readConfiguration();
        return briefs;
    }

    @Test
    void anLpIsFoundByIdOrCodeAndItsScriptsCallTheCallersBaseUrl() {
        Briefs briefs = briefs(new FixedConfig());

        for (String reference : new String[] {lp.id().value(), lp.code().value()}) {
            Briefs.Answer<LpBrief> answer = briefs.forLp(reference, REQUEST_BASE);
            assertThat(answer).isInstanceOf(Briefs.Answer.Generated.class);
            LpBrief brief = ((Briefs.Answer.Generated<LpBrief>) answer).brief();
            assertThat(brief.lp().code()).isEqualTo(lp.code().value());
            assertThat(brief.apiUrl()).isEqualTo("http://127.0.0.1:8080/crm");
        }
    }

    @Test
    void theConfiguredPublicUrlWinsOverTheCallers() {
        Briefs briefs =
                briefs(new FixedConfig().with(ConfigKey.PUBLIC_URL, "https://crm.example.fr/"));

        var answer =
                (Briefs.Answer.Generated<FormBrief>)
                        briefs.forForm(form.code().value(), REQUEST_BASE);

        assertThat(answer.brief().apiUrl()).isEqualTo("https://crm.example.fr");
    }

    @Test
    void aMalformedPublicUrlStopsTheApplication() {
        assertThatThrownBy(
                        () ->
                                briefs(
                                        new FixedConfig()
                                                .with(ConfigKey.PUBLIC_URL, "crm.example.fr")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CRM_PUBLIC_URL");
    }

    @Test
    void theStoredIntakeKeyIsWrittenInTheFormScript() {
        IntakeApiKey key = system.initialiseIntakeKey(IntakeApiKey.generate(), now);

        var answer =
                (Briefs.Answer.Generated<LpBrief>)
                        briefs(new FixedConfig()).forLp(lp.id().value(), REQUEST_BASE);

        assertThat(answer.brief().formScript().orElseThrow()).contains(key.value());
    }

    @Test
    void whatIsMissingIsNamedWithTheSeedsMessages() {
        Briefs briefs = briefs(new FixedConfig());

        assertThat(briefs.forLp(UUID.randomUUID().toString(), REQUEST_BASE))
                .isEqualTo(new Briefs.Answer.Missing<>(Briefs.LP_NOT_FOUND));
        assertThat(briefs.forLp("n'importe quoi", REQUEST_BASE))
                .isEqualTo(new Briefs.Answer.Missing<>(Briefs.LP_NOT_FOUND));
        assertThat(briefs.forForm("PV-999", REQUEST_BASE))
                .isEqualTo(new Briefs.Answer.Missing<>(Briefs.FORM_NOT_FOUND));
        Lp orphan =
                new Lp(
                        LpId.generate(),
                        lps.nextCode(),
                        AccountId.generate(),
                        "Orpheline",
                        "https://x.fr",
                        ProductType.PV,
                        now,
                        null);
        lps.store(orphan);
        assertThat(briefs.forLp(orphan.id().value(), REQUEST_BASE))
                .isEqualTo(new Briefs.Answer.Missing<>(Briefs.LINKED_FORM_NOT_FOUND));
        orphan.linkForm(form.id(), now, null);
        lps.store(orphan);
        assertThat(briefs.forLp(orphan.id().value(), REQUEST_BASE))
                .isEqualTo(new Briefs.Answer.Missing<>(Briefs.ACCOUNT_NOT_FOUND));
    }
}
