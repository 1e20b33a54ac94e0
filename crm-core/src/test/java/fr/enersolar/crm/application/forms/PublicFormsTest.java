package fr.enersolar.crm.application.forms;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class PublicFormsTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject PublicForms publicForms;
    @Inject AccountRepository accounts;
    @Inject LpRepository lps;
    @Inject FormRepository forms;

    private final Instant now = Instant.now();
    private Account account;
    private Lp lp;

    @BeforeEach
    void accountWithALandingPage() {
        CoreContainer.resetStore();
        account = new Account(AccountId.generate(), "Soleil", CrmId.generate(), now, "test");
        account.brand("", "m.png", "s.png", "x.png", "#111111", "#222222", now, "test");
        accounts.store(account);
        lp =
                new Lp(
                        LpId.generate(),
                        LpCode.of(3),
                        account.id(),
                        "LP",
                        "https://a.fr/lp",
                        ProductType.PAC,
                        now,
                        null);
        lps.store(lp);
    }

    private Form form(String code, boolean linked, boolean archived) {
        Form form =
                new Form(
                        FormId.generate(),
                        new FormCode(code),
                        account.id(),
                        "Form " + code,
                        "https://a.fr/" + code,
                        now,
                        null);
        if (linked) {
            form.linkLp(lp.id(), now, null);
        }
        if (archived) {
            form.archive(now, null);
        }
        forms.store(form);
        return form;
    }

    @Test
    void findsAFormByCodeInAnyCaseOrById() {
        Form form = form("PAC-001", true, false);

        assertThat(publicForms.form("pac-1")).isPresent();
        PublicForm byId = publicForms.form(form.id().value()).orElseThrow();

        assertThat(byId.form().code()).isEqualTo("PAC-001");
        assertThat(byId.form().productType()).isEqualTo("PAC");
        assertThat(byId.form().trackingType()).isEqualTo("redirect");
        assertThat(byId.form().redirectUrl()).isEqualTo("/merci");
        assertThat(byId.lp())
                .hasValue(new PublicForm.LinkedLp(lp.id().value(), "LP-003", lp.url()));
        assertThat(byId.account().orElseThrow())
                .isEqualTo(
                        new PublicForm.Branding(
                                "Soleil", "m.png", "s.png", "x.png", "#111111", "#222222"));
    }

    @Test
    void aFormWithoutLandingPageHasNone() {
        form("PAC-002", false, false);

        assertThat(publicForms.form("PAC-002").orElseThrow().lp()).isEmpty();
    }

    @Test
    void anArchivedFormIsNotFound() {
        Form archived = form("PAC-003", true, true);

        assertThat(publicForms.form("PAC-003")).isEmpty();
        assertThat(publicForms.form(archived.id().value())).isEmpty();
    }

    @Test
    void unknownOrMalformedCodesAreNotFound() {
        assertThat(publicForms.form("PAC-404")).isEmpty();
        assertThat(publicForms.form("{\"$gt\":\"\"}")).isEmpty();
        assertThat(publicForms.ofLp("LP-404")).isEmpty();
        assertThat(publicForms.ofLp("PV-001")).isEmpty();
    }

    @Test
    void listsTheActiveFormsOfALandingPage() {
        form("PAC-001", true, false);
        form("PAC-002", true, true);
        form("PAC-003", false, false);
        form("PAC-004", true, false);

        LpForms found = publicForms.ofLp("lp-3").orElseThrow();

        assertThat(found.lp().code()).isEqualTo("LP-003");
        assertThat(found.forms())
                .extracting(LpForms.Summary::code)
                .containsExactly("PAC-001", "PAC-004");
    }

    @Test
    void listsAtMostFiftyForms() {
        for (int i = 1; i <= 52; i++) {
            form("PAC-" + i, true, false);
        }

        assertThat(publicForms.ofLp("LP-003").orElseThrow().forms()).hasSize(50);
    }
}
