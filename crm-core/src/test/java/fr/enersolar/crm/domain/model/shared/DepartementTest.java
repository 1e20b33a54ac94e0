package fr.enersolar.crm.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DepartementTest {

    @Test
    void theMetropolitanListHas96CodesWithCorsicaBetween19And21() {
        assertThat(Departements.metropolitan()).hasSize(96);
        assertThat(Departements.metropolitan())
                .extracting(Departement::code)
                .startsWith("01", "02")
                .contains("19", "2A", "2B", "21", "95")
                .doesNotContain("20", "96", "971")
                .doesNotHaveDuplicates();
        assertThat(Departements.metropolitan().get(18).code()).isEqualTo("19");
        assertThat(Departements.metropolitan().get(19).code()).isEqualTo("2A");
        assertThat(Departements.metropolitan().get(20).code()).isEqualTo("2B");
        assertThat(Departements.metropolitan().get(21).code()).isEqualTo("21");
        assertThat(Departements.metropolitan()).allMatch(Departement::isMetropolitan);
    }

    @Test
    void everyDepartementHasItsOfficialName() {
        assertThat(Departement.of("01").nom()).isEqualTo("Ain");
        assertThat(Departement.of("2A").nom()).isEqualTo("Corse-du-Sud");
        assertThat(Departement.of("2B").nom()).isEqualTo("Haute-Corse");
        assertThat(Departement.of("90").nom()).isEqualTo("Territoire de Belfort");
        assertThat(Departement.of("95").nom()).isEqualTo("Val-d'Oise");
        assertThat(Departement.of("974").nom()).isEqualTo("La Réunion");
        assertThat(Departements.metropolitan()).allMatch(d -> !d.nom().isBlank());
    }

    @Test
    void overseasDepartementsAreValidButOutOfArea() {
        assertThat(Departements.overseas())
                .extracting(Departement::code)
                .containsExactly("971", "972", "973", "974", "975", "976");
        assertThat(Departement.of("972").isOverseas()).isTrue();
        assertThat(Departement.of("75").isOverseas()).isFalse();
    }

    @Test
    void acceptsLowerCaseCorsicaAndAMissingLeadingZero() {
        assertThat(Departement.of("2a")).isEqualTo(Departement.of("2A"));
        assertThat(Departement.of(" 1 ").code()).isEqualTo("01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "00", "96", "99", "977", "2C", "", "abc"})
    void rejectsCodesOutsideTheCanonicalList(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Departement.of(code));
    }

    @ParameterizedTest
    @CsvSource({
        "75001, 75",
        "01000, 01",
        "13008, 13",
        "95300, 95",
        "20000, 2A",
        "20090, 2A",
        "20167, 2A",
        "20200, 2B",
        "20290, 2B",
        "20600, 2B",
        "97100, 971",
        "97400, 974",
        "97600, 976"
    })
    void mapsAPostalCodeToItsDepartement(String postalCode, String code) {
        assertThat(Departement.fromPostalCode(postalCode).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7500", "750011", "7500A", "00100", "20300", "20700", "96000", "98000"})
    void rejectsPostalCodesOfNoDepartement(String postalCode) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Departement.fromPostalCode(postalCode))
                .withMessageContaining(postalCode);
    }

    @Test
    void rejectsAMissingPostalCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> Departement.fromPostalCode(null));
    }
}
