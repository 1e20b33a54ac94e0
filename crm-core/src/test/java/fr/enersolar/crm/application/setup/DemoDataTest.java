package fr.enersolar.crm.application.setup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import fr.enersolar.crm.infrastructure.security.SecretBox;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class DemoDataTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject CrmConfig config;
    @Inject java.time.Clock clock;
    @Inject CrmRepository crms;
    @Inject AccountRepository accounts;
    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject CommandeRepository commandes;

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private DemoData demo;
    private final SecretBox secrets =
            SecretBox.withKey(java.util.Base64.getDecoder().decode(SecretBox.generateKey()));

    /** DemoData wired to the real repositories, with the demo flag set as the test says. */
    private void demoFlag(boolean on) {
        CrmConfig real = config;
        demo = new DemoData();
        demo.config =
                new CrmConfig() {
                    @Override
                    public Optional<String> value(ConfigKey key) {
                        return key == ConfigKey.DEMO
                                ? Optional.of(Boolean.toString(on))
                                : real.value(key);
                    }
                };
        demo.clock = clock;
        demo.crms = crms;
        demo.accounts = accounts;
        demo.lps = lps;
        demo.forms = forms;
        demo.commandes = commandes;
        demo.secrets = secrets;
    }

    @Test
    void createsBothCrmsWithAccountsLinkedPagesAndCommandes() {
        demoFlag(true);

        demo.createIfRequested();

        List<Crm> all = crms.all();
        assertThat(all).extracting(c -> c.slug().value()).containsExactlyInAnyOrder("zr7", "mdl");
        assertThat(accounts.count()).isEqualTo(2);
        List<Lp> pages = lps.all(0, 10);
        assertThat(pages).hasSize(4);
        for (Lp lp : pages) {
            Form form = forms.find(lp.form().orElseThrow()).orElseThrow();
            assertThat(form.lp()).contains(lp.id());
            assertThat(form.productType()).isEqualTo(lp.productType());
            assertThat(form.sealedCrmApiKey()).startsWith("v1:");
            assertThat(secrets.open(form.sealedCrmApiKey())).startsWith("demo-");
        }
        Crm zr7 = crms.findBySlug(new CrmSlug("zr7")).orElseThrow();
        assertThat(commandes.activeFor(zr7.id(), ProductType.PV)).hasSize(1);
        assertThat(zr7.apiUrl()).endsWith("/sandbox/zr7/lead/api/create_lead/");
        assertThat(zr7.connectorId()).isEqualTo("zr7");
        assertThat(zr7.connectorSettings()).containsExactly(Map.entry("api_url", zr7.apiUrl()));
        Crm mdl = crms.findBySlug(new CrmSlug("mdl")).orElseThrow();
        assertThat(mdl.connectorSettings().get("api_url"))
                .matches("http://localhost:\\d+/sandbox/mdl/lead/api/create_lead/");
    }

    @Test
    void doesNothingUnlessAsked() {
        demoFlag(false);

        demo.createIfRequested();

        assertThat(crms.all()).isEmpty();
    }

    @Test
    void neverAddsToAStoreThatAlreadyHasCrms() {
        demoFlag(true);
        demo.createIfRequested();

        demo.createIfRequested();

        assertThat(crms.all()).hasSize(2);
        assertThat(lps.all(0, 100)).hasSize(4);
    }
}
