package fr.enersolar.crm.domain.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IntakeApiKeyTest {

    @Test
    void generatedKeysHaveTheCrmPrefixAnd43UrlSafeCharacters() {
        IntakeApiKey key = IntakeApiKey.generate();

        assertThat(key.value()).matches("crm_[A-Za-z0-9_-]{43}");
    }

    @Test
    void twoGeneratedKeysDiffer() {
        assertThat(IntakeApiKey.generate()).isNotEqualTo(IntakeApiKey.generate());
    }

    @Test
    void acceptsAKeyOf16To200CharactersAndTrimsIt() {
        assertThat(new IntakeApiKey("  abcdefghijklmnop \n").value()).isEqualTo("abcdefghijklmnop");
        assertThat(new IntakeApiKey("k".repeat(200)).value()).hasSize(200);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "\t\n",
                "short",
                "abcdefghijklmno",
                "abcdefgh ijklmnopq",
                "abcdefgh\tijklmnopq"
            })
    void rejectsABlankShortOrSpacedKey(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new IntakeApiKey(value));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "crm_abcdefgh\u00A0ijklmnop", // no-break space, pasted from a document
                "crm_abcdefgh\u2003ijklmnop", // em space
                "crm_clé-choisie-par-l-exploitant",
                "crm_abcdefgh\u0000ijklmnop",
                "crm_abcdefghijklmnop\u007F"
            })
    void rejectsAKeyAnHttpHeaderCannotCarryAsIs(String value) {
        // The key travels in "Authorization: Token <key>": only visible ASCII arrives unchanged.
        assertThatIllegalArgumentException().isThrownBy(() -> new IntakeApiKey(value));
    }

    @Test
    void acceptsEveryVisibleAsciiCharacter() {
        String visible =
                "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

        assertThat(new IntakeApiKey(visible).value()).isEqualTo(visible);
    }

    @Test
    void rejectsAKeyLongerThan200Characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IntakeApiKey("k".repeat(201)));
    }

    @Test
    void matchesOnlyTheSameKey() {
        IntakeApiKey key = new IntakeApiKey("crm_abcdefghijklmnop");

        assertThat(key.matches("crm_abcdefghijklmnop")).isTrue();
        assertThat(key.matches("crm_abcdefghijklmnoP")).isFalse();
        assertThat(key.matches("crm_abcdefghijklmno")).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(key.matches(null)).isFalse();
    }

    @Test
    void toStringNeverContainsTheKey() {
        IntakeApiKey key = IntakeApiKey.generate();

        assertThat(key.toString()).doesNotContain(key.value()).startsWith("IntakeApiKey[****");
        assertThat(String.valueOf(key)).doesNotContain(key.value());
    }
}
