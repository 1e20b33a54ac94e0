package fr.enersolar.crm.application.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchTermTest {

    @Test
    void aWholeFrenchNumberIsSearchedInItsStoredForm() {
        assertThat(SearchTerm.parse("+33 6 12 34 56 78"))
                .isEqualTo(new SearchTerm.Phone(Optional.of("0612345678"), "+33612345678"));
    }

    @Test
    void digitsAreAPhonePrefix() {
        assertThat(SearchTerm.parse("06 12"))
                .isEqualTo(new SearchTerm.Phone(Optional.empty(), "0612"));
    }

    @Test
    void anAddressIsSearchedAsTypedAndInLowerCase() {
        assertThat(SearchTerm.parse(" Jean@Exemple.FR "))
                .isEqualTo(new SearchTerm.Email(List.of("Jean@Exemple.FR", "jean@exemple.fr")));
    }

    @Test
    void textIsTheStartOfASurnameInItsUsualCapitalisations() {
        assertThat(SearchTerm.parse("dupont"))
                .isEqualTo(new SearchTerm.Name(List.of("dupont", "Dupont", "DUPONT")));
        assertThat(SearchTerm.parse("éLOdie"))
                .isEqualTo(new SearchTerm.Name(List.of("éLOdie", "Élodie", "ÉLODIE", "élodie")));
    }

    @Test
    void tooShortOrTooLongIsRefused() {
        assertThatThrownBy(() -> SearchTerm.parse(" a ")).hasMessageContaining("2 à 100");
        assertThatThrownBy(() -> SearchTerm.parse("x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
