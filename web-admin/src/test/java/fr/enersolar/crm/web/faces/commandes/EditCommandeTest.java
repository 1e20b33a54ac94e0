package fr.enersolar.crm.web.faces.commandes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The commande form's price as staff type it: euros with a comma or a dot, to the cent. */
class EditCommandeTest {

    @Test
    void readsEurosWithACommaOrADot() {
        assertThat(EditCommande.cents("12,50")).contains(1250L);
        assertThat(EditCommande.cents("12.5")).contains(1250L);
        assertThat(EditCommande.cents(" 1 000 ")).contains(100000L);
        assertThat(EditCommande.cents("1\u202f000,50")).contains(100050L);
        assertThat(EditCommande.cents("9")).contains(900L);
        assertThat(EditCommande.cents("")).contains(0L);
        assertThat(EditCommande.cents(null)).contains(0L);
        assertThat(EditCommande.cents("1000000")).contains(100000000L);
    }

    @Test
    void refusesWhatIsNotAPriceToTheCent() {
        assertThat(EditCommande.cents("12,345")).isEqualTo(Optional.empty());
        assertThat(EditCommande.cents("-1")).isEmpty();
        assertThat(EditCommande.cents("1000000.01")).isEmpty();
        assertThat(EditCommande.cents("douze")).isEmpty();
        assertThat(EditCommande.cents("1e3")).isEmpty();
        assertThat(EditCommande.cents("0x10")).isEmpty();
    }
}
