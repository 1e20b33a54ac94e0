package fr.enersolar.crm.domain.model.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LpCodeTest {

    @Test
    void padsTheNumberToThreeDigitsAndGrowsBeyond() {
        assertThat(LpCode.of(1).value()).isEqualTo("LP-001");
        assertThat(LpCode.of(42).value()).isEqualTo("LP-042");
        assertThat(LpCode.of(1000).value()).isEqualTo("LP-1000");
    }

    @Test
    void normalisesCaseAndPaddingSoOneCodeHasOneSpelling() {
        assertThat(new LpCode(" lp-7 ")).isEqualTo(LpCode.of(7));
        assertThat(new LpCode("LP-0012").value()).isEqualTo("LP-012");
        assertThat(new LpCode("LP-1000").number()).isEqualTo(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LP", "LP-", "LP-000", "PV-001", "LP001", "LP-1a", "LP--1"})
    void rejectsAnythingElse(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new LpCode(value));
    }

    @Test
    void rejectsNumbersBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> LpCode.of(0));
    }
}
