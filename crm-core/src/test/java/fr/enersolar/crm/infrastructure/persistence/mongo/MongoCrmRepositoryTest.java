package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoCrmRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject CrmRepository crms;
    @Inject StoreIndexes indexes;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
    }

    private Crm zr7() {
        return new Crm(
                CrmId.generate(),
                "ZR7 Digital",
                new CrmSlug("zr7"),
                "https://app.zr7-digital.fr/lead/api/create_lead/",
                now);
    }

    @Test
    void storesAndFindsACrmWithItsLegacyCommandes() {
        Crm crm = zr7();
        crm.replaceLegacyCommandes(
                Map.of("PAC", List.of("75", "92"), "PV", List.of("*")), now.plusSeconds(1));

        crms.store(crm);

        Crm found = crms.find(crm.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("ZR7 Digital");
        assertThat(found.slug()).isEqualTo(new CrmSlug("zr7"));
        assertThat(found.apiUrl()).endsWith("/create_lead/");
        assertThat(found.legacyCommandes())
                .containsEntry("PAC", List.of("75", "92"))
                .containsEntry("PV", List.of("*"));
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.updatedAt()).isEqualTo(now.plusSeconds(1));
    }

    @Test
    void storesTheConnectorIdAndSettingsAndDefaultsTheIdToTheSlug() {
        Crm plain = zr7();
        crms.store(plain);
        assertThat(crms.find(plain.id()).orElseThrow().connectorId()).isEqualTo("zr7");
        assertThat(crms.find(plain.id()).orElseThrow().connectorSettings()).isEmpty();

        plain.useConnector(
                "acme",
                Map.of("api_url", "https://partner.example/", "token", "t0ken-value", "blank", " "),
                now.plusSeconds(2));
        crms.store(plain);

        Crm found = crms.find(plain.id()).orElseThrow();
        assertThat(found.connectorId()).isEqualTo("acme");
        assertThat(found.connectorSettings())
                .containsOnly(
                        Map.entry("api_url", "https://partner.example/"),
                        Map.entry("token", "t0ken-value"));
        assertThat(found.updatedAt()).isEqualTo(now.plusSeconds(2));
    }

    @Test
    void findsACrmBySlugAndListsThemByName() {
        crms.store(zr7());
        crms.store(
                new Crm(
                        CrmId.generate(),
                        "Maison du Lead",
                        new CrmSlug("mdl"),
                        "https://maison-du-lead.com/lead/api/create_lead/",
                        now));

        assertThat(crms.findBySlug(new CrmSlug("mdl"))).map(Crm::name).hasValue("Maison du Lead");
        assertThat(crms.findBySlug(new CrmSlug("other"))).isEmpty();
        assertThat(crms.all())
                .extracting(Crm::name)
                .containsExactly("Maison du Lead", "ZR7 Digital");
        assertThat(crms.count()).isEqualTo(2);
    }

    @Test
    void refusesASecondCrmWithTheSameSlug() {
        crms.store(zr7());

        assertThatThrownBy(() -> crms.store(zr7()))
                .isInstanceOf(CodeAlreadyUsedException.class)
                .hasMessageContaining("zr7");
        assertThat(crms.count()).isEqualTo(1);
    }
}
