package fr.enersolar.crm.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.SecretUnreadableException;
import fr.enersolar.crm.infrastructure.security.SecretBox;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class PartnerKeysTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject FormRepository forms;
    @Inject LpRepository lps;

    private final SecretBox box = newBox();
    private PartnerKeys keys;

    private static SecretBox newBox() {
        return SecretBox.withKey(Base64.getDecoder().decode(SecretBox.generateKey()));
    }

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        keys = new PartnerKeys(box, forms, lps);
    }

    private Form form(int number, String storedKey) {
        Form form =
                new Form(
                        FormId.generate(),
                        FormCode.of(ProductType.PV, number),
                        AccountId.generate(),
                        "F",
                        "https://a.example",
                        Instant.now(),
                        null);
        form.useSealedCrmApiKey(storedKey, Instant.now(), null);
        return form;
    }

    @Test
    void sealsOpensAndMasksAFormsKey() {
        Form form = form(1, keys.seal("  partner-key-9876 "));

        assertThat(form.sealedCrmApiKey()).startsWith("v1:").doesNotContain("partner-key");
        assertThat(keys.clearKey(form)).isEqualTo("partner-key-9876");
        assertThat(keys.masked(form)).isEqualTo("****9876");
        assertThat(keys.masked(form(2, ""))).isEmpty();
    }

    @Test
    void aKeyStillInClearIsUsedAndMaskedAsItIs() {
        Form legacy = form(1, "seed-clear-key-4321");

        assertThat(keys.clearKey(legacy)).isEqualTo("seed-clear-key-4321");
        assertThat(keys.masked(legacy)).isEqualTo("****4321");
    }

    @Test
    void aKeySealedWithAnotherSecretsKeyIsShownAsStarsAndRefusedForDelivery() {
        Form foreign = form(1, newBox().seal("other-server-key"));

        assertThat(keys.masked(foreign)).isEqualTo("****");
        assertThatThrownBy(() -> keys.clearKey(foreign))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void sealsTheKeysLeftInClearInTheStore() {
        Form legacy = form(1, "seed-clear-key-4321");
        Form sealed = form(2, keys.seal("already-sealed"));
        forms.store(legacy);
        forms.store(sealed);

        keys.sealLegacyKeys();
        keys.sealLegacyKeys();

        Form after = forms.find(legacy.id()).orElseThrow();
        assertThat(after.sealedCrmApiKey()).startsWith("v1:");
        assertThat(box.open(after.sealedCrmApiKey())).isEqualTo("seed-clear-key-4321");
        assertThat(forms.find(sealed.id()).orElseThrow().sealedCrmApiKey())
                .isEqualTo(sealed.sealedCrmApiKey());
    }
}
