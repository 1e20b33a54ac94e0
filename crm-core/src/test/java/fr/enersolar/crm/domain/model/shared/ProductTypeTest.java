package fr.enersolar.crm.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ProductTypeTest {

    @Test
    void parsesCodesIgnoringCaseAndBlanks() {
        assertThat(ProductType.parse("pv")).isEqualTo(ProductType.PV);
        assertThat(ProductType.parse(" Pac ")).isEqualTo(ProductType.PAC);
        assertThat(ProductType.parse("ITE")).isEqualTo(ProductType.ITE);
    }

    @Test
    void rejectsAnUnknownProductNamingIt() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ProductType.parse("solar"))
                .withMessageContaining("solar")
                .withMessageContaining("PV, PAC or ITE");
    }

    @Test
    void rejectsMissingAndWildcardProducts() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProductType.parse(null));
        assertThatIllegalArgumentException().isThrownBy(() -> ProductType.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> ProductType.parse("*"));
    }
}
