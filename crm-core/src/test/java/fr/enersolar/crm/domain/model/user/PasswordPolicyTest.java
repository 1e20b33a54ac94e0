package fr.enersolar.crm.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsTenCharactersAndMore() {
        assertThat(PasswordPolicy.problem("0123456789")).isEmpty();
        assertThat(PasswordPolicy.problem("é".repeat(10))).isEmpty();
    }

    @Test
    void refusesShortBlankAndHugePasswordsSayingWhy() {
        assertThat(PasswordPolicy.problem("012345678"))
                .contains("le mot de passe doit contenir au moins 10 caractères");
        assertThat(PasswordPolicy.problem("          ")).contains("champ requis");
        assertThat(PasswordPolicy.problem(null)).contains("champ requis");
        assertThat(PasswordPolicy.problem("x".repeat(257)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("au plus 256"));
    }
}
