package fr.enersolar.crm.domain.model.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CrmSlugTest {

    @Test
    void isLowerCasedAndTrimmed() {
        assertThat(new CrmSlug(" ZR7 ").value()).isEqualTo("zr7");
    }

    @Test
    void rejectsSpacesAndPunctuation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CrmSlug("maison du lead"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CrmSlug("a/b"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CrmSlug(""));
    }
}
