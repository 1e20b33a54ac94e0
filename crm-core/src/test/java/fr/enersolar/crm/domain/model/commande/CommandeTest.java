package fr.enersolar.crm.domain.model.commande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
}
