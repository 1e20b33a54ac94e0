package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoCommandeRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject CommandeRepository commandes;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final CrmId zr7 = CrmId.generate();

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private Commande commande(
            CrmId crm, Optional<ProductType> product, List<String> depts, Instant at) {
        return new Commande(
                CommandeId.generate(),
                crm,
                product,
                depts.stream().map(Departement::of).toList(),
                1250,
                at);
    }

    @Test
    void storesPriceInCentsAndWildcardsAsTheSeedDid() {
        Commande all = commande(zr7, Optional.empty(), List.of(), now);
        commandes.store(all);

        Document raw =
                store.database()
                        .getCollection("commandes")
                        .find(Filters.eq("_id", all.id().value()))
                        .first();
        assertThat(raw)
                .containsEntry("product_type", "*")
                .containsEntry("departements", List.of("*"))
                .containsEntry("prix_unitaire", 1250L)
                .containsEntry("active", true);
    }

    @Test
    void listsTheCommandesOfOneCrmOrOfAllOldestFirstWithinTheLimit() {
        CrmId mdl = CrmId.generate();
        Commande first = commande(zr7, Optional.of(ProductType.PV), List.of("75"), now);
        Commande second = commande(mdl, Optional.empty(), List.of(), now.plusSeconds(1));
        Commande third =
                commande(zr7, Optional.of(ProductType.PAC), List.of("13"), now.plusSeconds(2));
        commandes.store(third);
        commandes.store(first);
        commandes.store(second);

        assertThat(commandes.list(Optional.empty(), 10))
                .extracting(Commande::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(commandes.list(Optional.of(zr7), 10))
                .extracting(Commande::id)
                .containsExactly(first.id(), third.id());
        assertThat(commandes.list(Optional.empty(), 2)).hasSize(2);
    }

    @Test
    void storesAndFindsACommande() {
        Commande pv = commande(zr7, Optional.of(ProductType.PV), List.of("92", "2A", "75"), now);
        pv.annotate("printemps", now.plusSeconds(1));
        commandes.store(pv);

        Commande found = commandes.find(pv.id()).orElseThrow();
        assertThat(found.crm()).isEqualTo(zr7);
        assertThat(found.productType()).hasValue(ProductType.PV);
        assertThat(found.departements())
                .extracting(Departement::code)
                .containsExactly("2A", "75", "92");
        assertThat(found.unitPriceCents()).isEqualTo(1250);
        assertThat(found.notes()).isEqualTo("printemps");
        assertThat(found.updatedAt()).isEqualTo(now.plusSeconds(1));
    }

    @Test
    void activeForReturnsEveryActiveMatchIncludingWildcardProducts() {
        Commande pv75 = commande(zr7, Optional.of(ProductType.PV), List.of("75"), now);
        Commande pv13 =
                commande(zr7, Optional.of(ProductType.PV), List.of("13"), now.plusSeconds(1));
        Commande any = commande(zr7, Optional.empty(), List.of(), now.plusSeconds(2));
        Commande pac = commande(zr7, Optional.of(ProductType.PAC), List.of(), now);
        Commande suspended = commande(zr7, Optional.of(ProductType.PV), List.of(), now);
        suspended.suspend(now);
        Commande otherCrm = commande(CrmId.generate(), Optional.of(ProductType.PV), List.of(), now);
        List.of(pv75, pv13, any, pac, suspended, otherCrm).forEach(commandes::store);

        assertThat(commandes.activeFor(zr7, ProductType.PV))
                .extracting(Commande::id)
                .containsExactly(pv75.id(), pv13.id(), any.id());
        assertThat(commandes.activeFor(zr7, ProductType.ITE))
                .extracting(Commande::id)
                .containsExactly(any.id());
        assertThat(commandes.ofCrm(zr7)).hasSize(5);
    }

    @Test
    void storesCapsUnderSnakeCaseKeysAndNothingWhenUnlimited() {
        Commande capped = commande(zr7, Optional.of(ProductType.PV), List.of("75"), now);
        capped.cap(OptionalInt.of(10), OptionalInt.of(45), now);
        Commande unlimited = commande(zr7, Optional.of(ProductType.PV), List.of("75"), now);
        commandes.store(capped);
        commandes.store(unlimited);

        Document raw =
                store.database()
                        .getCollection("commandes")
                        .find(Filters.eq("_id", capped.id().value()))
                        .first();
        assertThat(raw).containsEntry("cap_per_day", 10).containsEntry("cap_per_week", 45);
        Document rawUnlimited =
                store.database()
                        .getCollection("commandes")
                        .find(Filters.eq("_id", unlimited.id().value()))
                        .first();
        assertThat(rawUnlimited.get("cap_per_day")).isNull();
        assertThat(rawUnlimited.get("cap_per_week")).isNull();

        Commande found = commandes.find(capped.id()).orElseThrow();
        assertThat(found.capPerDay()).hasValue(10);
        assertThat(found.capPerWeek()).hasValue(45);
        assertThat(commandes.find(unlimited.id()).orElseThrow().capPerDay()).isEmpty();
    }

    @Test
    void liftingACapRemovesItFromTheStoredCommande() {
        Commande c = commande(zr7, Optional.of(ProductType.PV), List.of("75"), now);
        c.cap(OptionalInt.of(10), OptionalInt.of(45), now);
        commandes.store(c);

        c.cap(OptionalInt.empty(), OptionalInt.empty(), now.plusSeconds(1));
        commandes.store(c);

        Commande found = commandes.find(c.id()).orElseThrow();
        assertThat(found.capPerDay()).isEmpty();
        assertThat(found.capPerWeek()).isEmpty();
    }

    @Test
    void aCommandeStoredBeforeCapsExistedIsUnlimited() {
        store.database()
                .getCollection("commandes")
                .insertOne(
                        new Document("_id", "00000000-0000-4000-8000-000000000042")
                                .append("crm_id", zr7.value())
                                .append("product_type", "PV")
                                .append("departements", List.of("*"))
                                .append("active", true)
                                .append("prix_unitaire", 1000L)
                                .append("notes", "")
                                .append("created_at", java.util.Date.from(now))
                                .append("updated_at", java.util.Date.from(now)));

        Commande old =
                commandes
                        .find(new CommandeId("00000000-0000-4000-8000-000000000042"))
                        .orElseThrow();

        assertThat(old.capPerDay()).isEmpty();
        assertThat(old.capPerWeek()).isEmpty();
    }

    @Test
    void removeReportsWhetherTheCommandeExisted() {
        Commande c = commande(zr7, Optional.empty(), List.of(), now);
        commandes.store(c);

        assertThat(commandes.remove(c.id())).isTrue();
        assertThat(commandes.remove(c.id())).isFalse();
        assertThat(commandes.count()).isZero();
    }
}
