package fr.enersolar.crm.domain.model.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.shared.ProductType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormCodeTest {

    @Test
    void prefixesTheNumberWithTheProduct() {
        assertThat(FormCode.of(ProductType.PV, 1).value()).isEqualTo("PV-001");
        assertThat(FormCode.of(ProductType.PAC, 12).value()).isEqualTo("PAC-012");
        assertThat(FormCode.of(ProductType.ITE, 1000).value()).isEqualTo("ITE-1000");
    }

    @Test
    void readsTheProductAndNumberBack() {
        FormCode code = new FormCode("pac-12");
        assertThat(code.value()).isEqualTo("PAC-012");
        assertThat(code.product()).isEqualTo(ProductType.PAC);
        assertThat(code.number()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PV", "XX-001", "LP-001", "PV-000", "PV001", "*-001"})
    void rejectsAnythingElse(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new FormCode(value));
    }

    @Test
    void aLiaisonCodeJoinsTheLpAndFormCodes() {
        LiaisonCode liaison = new LiaisonCode(LpCode.of(4), FormCode.of(ProductType.PAC, 2));
        assertThat(liaison.value()).isEqualTo("LP-004_PAC-002");
        assertThat(LiaisonCode.parse("LP-004_PAC-002")).isEqualTo(liaison);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LP-004", "LP-004-PAC-002", "PAC-002_LP-004", "LP-004_"})
    void rejectsMalformedLiaisonCodes(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> LiaisonCode.parse(value));
    }
}
