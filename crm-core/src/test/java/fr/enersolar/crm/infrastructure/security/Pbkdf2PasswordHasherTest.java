package fr.enersolar.crm.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {

    /** The smallest count the hasher accepts, so the tests stay fast. */
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1000);

    @Test
    void matchesTheRightPassword() {
        String hash = hasher.hash("s3cret-Soleil".toCharArray());

        assertThat(hasher.matches("s3cret-Soleil".toCharArray(), hash)).isTrue();
    }

    @Test
    void rejectsAWrongPassword() {
        String hash = hasher.hash("s3cret-Soleil".toCharArray());

        assertThat(hasher.matches("s3cret-soleil".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches("".toCharArray(), hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }

    @Test
    void handlesAccentedAndEmptyPasswords() {
        String accented = hasher.hash("Très-Ensoleillé-été".toCharArray());
        String empty = hasher.hash(new char[0]);

        assertThat(hasher.matches("Très-Ensoleillé-été".toCharArray(), accented)).isTrue();
        assertThat(hasher.matches("Tres-Ensoleille-ete".toCharArray(), accented)).isFalse();
        assertThat(hasher.matches(new char[0], empty)).isTrue();
        assertThat(hasher.matches(" ".toCharArray(), empty)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferBecauseOfTheirSalt() {
        String first = hasher.hash("pareil".toCharArray());
        String second = hasher.hash("pareil".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split(":")[2]).isNotEqualTo(second.split(":")[2]);
        assertThat(hasher.matches("pareil".toCharArray(), first)).isTrue();
        assertThat(hasher.matches("pareil".toCharArray(), second)).isTrue();
    }

    @Test
    void writesTheSelfDescribingFormatWithA16ByteSaltAnd512BitHash() {
        String hash = hasher.hash("format".toCharArray());

        assertThat(hash).matches("PBKDF2WithHmacSHA512:1000:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+");
        String[] parts = hash.split(":");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                " ",
                "garbage",
                "PBKDF2WithHmacSHA512",
                "PBKDF2WithHmacSHA512:1000:c2FsdA==",
                "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHRzYWx0c2FsdA==:",
                "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==:extra",
                "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",
                "PBKDF2WithHmacSHA512:mille:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",
                "PBKDF2WithHmacSHA512:0:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",
                "PBKDF2WithHmacSHA512:-1000:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",
                "PBKDF2WithHmacSHA512:99999999999:c2FsdHNhbHRzYWx0c2FsdA==:aGFzaA==",
                "PBKDF2WithHmacSHA512:1000:not*base64:aGFzaA==",
                "PBKDF2WithHmacSHA512:1000:c2FsdHNhbHRzYWx0c2FsdA==:not*base64",
                "PBKDF2WithHmacSHA512:1000::aGFzaA==",
                "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"
            })
    void rejectsAMalformedHashWithoutThrowing(String storedHash) {
        assertThat(hasher.matches("password".toCharArray(), storedHash)).isFalse();
    }

    @Test
    void verifiesAHashMadeWithAnotherIterationCount() {
        String oldHash = new Pbkdf2PasswordHasher(1000).hash("ancien".toCharArray());
        Pbkdf2PasswordHasher stronger = new Pbkdf2PasswordHasher(1500);

        assertThat(stronger.matches("ancien".toCharArray(), oldHash)).isTrue();
        assertThat(stronger.hash("ancien".toCharArray())).startsWith("PBKDF2WithHmacSHA512:1500:");
    }

    @Test
    void refusesFewerThan1000Iterations() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Pbkdf2PasswordHasher(999))
                .withMessageContaining("1000");
        assertThatIllegalArgumentException().isThrownBy(() -> new Pbkdf2PasswordHasher(0));
    }
}
