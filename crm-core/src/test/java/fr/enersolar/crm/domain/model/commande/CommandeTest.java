package fr.enersolar.crm.domain.model.commande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandeTest {

    private final Instant now = Instant.parse("2026-02-10T03:00:00Z");
    private final Optional<Departement> paris = Optional.of(Departement.of("75"));
    private final Optional<Departement> lyon = Optional.of(Departement.of("69"));

    private Commande commande(Optional<ProductType> product, List<Departement> depts) {
        return new Commande(CommandeId.generate(), CrmId.generate(), product, depts, 2500, now);
    }

    @Test
    void coversItsProductInItsDepartementsOnly() {
        Commande pv75 = commande(Optional.of(ProductType.PV), List.of(Departement.of("75")));

        assertThat(pv75.covers(ProductType.PV, paris)).isTrue();
        assertThat(pv75.covers(ProductType.PV, lyon)).isFalse();
        assertThat(pv75.covers(ProductType.PAC, paris)).isFalse();
    }

    @Test
    void aWildcardCoversEveryProductAndEveryDepartement() {
        Commande all = commande(Optional.empty(), List.of());

        assertThat(all.covers(ProductType.ITE, lyon)).isTrue();
        assertThat(all.productType()).isEmpty();
        assertThat(all.coversEveryDepartement()).isTrue();
        assertThat(all.departements()).isEmpty();
    }

    @Test
    void aLeadWithoutDepartementOnlyMatchesEveryDepartement() {
        assertThat(
                        commande(Optional.of(ProductType.PV), List.of(Departement.of("75")))
                                .covers(ProductType.PV, Optional.empty()))
                .isFalse();
        assertThat(
                        commande(Optional.of(ProductType.PV), List.of())
                                .covers(ProductType.PV, Optional.empty()))
                .isTrue();
    }

    @Test
    void aSuspendedCommandeCoversNothingUntilReactivated() {
        Commande pv = commande(Optional.of(ProductType.PV), List.of());
        pv.suspend(now);
        assertThat(pv.covers(ProductType.PV, paris)).isFalse();

        pv.activate(now);
        assertThat(pv.covers(ProductType.PV, paris)).isTrue();
    }

    @Test
    void refusesANegativePrice() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Commande(
                                        CommandeId.generate(),
                                        CrmId.generate(),
                                        Optional.empty(),
                                        List.of(),
                                        -1,
                                        now));
    }

    @Test
    void aNewCommandeIsUncapped() {
        Commande pv = commande(Optional.of(ProductType.PV), List.of());

        assertThat(pv.capPerDay()).isEmpty();
        assertThat(pv.capPerWeek()).isEmpty();
    }

    @Test
    void capsAreSetTogetherAndCanBeLifted() {
        Commande pv = commande(Optional.of(ProductType.PV), List.of());

        pv.cap(OptionalInt.of(10), OptionalInt.of(40), now.plusSeconds(1));
        assertThat(pv.capPerDay()).hasValue(10);
        assertThat(pv.capPerWeek()).hasValue(40);
        assertThat(pv.updatedAt()).isEqualTo(now.plusSeconds(1));

        pv.cap(OptionalInt.empty(), OptionalInt.of(40), now.plusSeconds(2));
        assertThat(pv.capPerDay()).isEmpty();
        assertThat(pv.capPerWeek()).hasValue(40);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void refusesACapBelowOne(int cap) {
        Commande pv = commande(Optional.of(ProductType.PV), List.of());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> pv.cap(OptionalInt.of(cap), OptionalInt.empty(), now));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> pv.cap(OptionalInt.empty(), OptionalInt.of(cap), now));
        assertThat(pv.capPerDay()).isEmpty();
    }

    @Test
    void aSuspendedCommandeStillMatchesItsLeadsForRoutingToReportIt() {
        Commande pv75 = commande(Optional.of(ProductType.PV), List.of(Departement.of("75")));
        pv75.suspend(now);

        assertThat(pv75.matches(ProductType.PV, paris)).isTrue();
        assertThat(pv75.matches(ProductType.PV, lyon)).isFalse();
        assertThat(pv75.covers(ProductType.PV, paris)).isFalse();
    }

    @Test
    void knowsWhetherItNamesItsProduct() {
        assertThat(commande(Optional.of(ProductType.PV), List.of()).namesItsProduct()).isTrue();
        assertThat(commande(Optional.empty(), List.of()).namesItsProduct()).isFalse();
    }
}
