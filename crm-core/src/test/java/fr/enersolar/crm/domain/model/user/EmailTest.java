package fr.enersolar.crm.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void isTrimmedAndLowerCased() {
        Email email = new Email("  Jean.Dupont@EnerSolar.FR \t");

        assertThat(email.value()).isEqualTo("jean.dupont@enersolar.fr");
        assertThat(email).hasToString("jean.dupont@enersolar.fr");
    }

    @Test
    void twoSpellingsOfTheSameAddressAreEqual() {
        assertThat(new Email("ADMIN@enersolar.local"))
                .isEqualTo(new Email("admin@EnerSolar.local"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "jean.dupont",
                "@enersolar.fr",
                "jean@",
                "jean@@enersolar.fr",
                "jean@ener@solar.fr",
                "jean dupont@enersolar.fr",
                "jean@ener solar.fr"
            })
    void rejectsAnInvalidAddress(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Email(value));
    }

    @Test
    void rejectsAnAddressLongerThan254Characters() {
        String local = "a".repeat(64);
        String domain = "b".repeat(186) + ".fr"; // 64 + 1 + 189 = 254
        assertThat(new Email(local + "@" + domain).value()).hasSize(254);

        assertThatIllegalArgumentException().isThrownBy(() -> new Email(local + "@b" + domain));
    }
}
