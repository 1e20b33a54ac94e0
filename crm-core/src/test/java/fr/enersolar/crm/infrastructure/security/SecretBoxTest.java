package fr.enersolar.crm.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.shared.SecretSealer;
import fr.enersolar.crm.domain.model.shared.SecretUnreadableException;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.testing.FixedConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir Path data;

    private static SecretBox randomBox() {
        return SecretBox.withKey(Base64.getDecoder().decode(SecretBox.generateKey()));
    }

    private SecretBox fromDataFolder() {
        return new SecretBox(new FixedConfig().with(ConfigKey.DATA_DIR, data));
    }

    @Test
    void opensWhatItSealed() {
        SecretBox box = randomBox();
        String secret = "partner-" + UUID.randomUUID() + "-clé-é€";

        String sealed = box.seal(secret);

        assertThat(sealed).startsWith("v1:").doesNotContain(secret);
        assertThat(box.isSealed(sealed)).isTrue();
        assertThat(box.open(sealed)).isEqualTo(secret);
    }

    @Test
    void sealsTheSameTextDifferentlyEachTime() {
        SecretBox box = randomBox();

        assertThat(box.seal("same-secret")).isNotEqualTo(box.seal("same-secret"));
    }

    @Test
    void anEmptySecretStaysEmpty() {
        SecretBox box = randomBox();

        assertThat(box.seal("")).isEmpty();
        assertThat(box.seal(null)).isEmpty();
        assertThat(box.open("")).isEmpty();
        assertThat(box.open(null)).isEmpty();
        assertThat(box.isSealed("")).isFalse();
    }

    @Test
    void refusesATextSealedWithAnotherKey() {
        String sealed = randomBox().seal("secret-of-another-server");

        assertThatThrownBy(() -> randomBox().open(sealed))
                .isInstanceOf(SecretUnreadableException.class)
                .hasMessageContaining("CRM_SECRETS_KEY")
                .hasMessageNotContaining("secret-of-another-server");
    }

    @Test
    void refusesAnAlteredSealedText() {
        SecretBox box = randomBox();
        String sealed = box.seal("an-important-partner-key");
        char last = sealed.charAt(sealed.length() - 5);
        String altered =
                sealed.substring(0, sealed.length() - 5)
                        + (last == 'A' ? 'B' : 'A')
                        + sealed.substring(sealed.length() - 4);

        assertThatThrownBy(() -> box.open(altered)).isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void refusesAClearOrTruncatedText() {
        SecretBox box = randomBox();

        assertThat(box.isSealed("clear-partner-key")).isFalse();
        assertThatThrownBy(() -> box.open("clear-partner-key"))
                .isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> box.open("v1:AAAA")).isInstanceOf(SecretUnreadableException.class);
        assertThatThrownBy(() -> box.open("v1:not base64!"))
                .isInstanceOf(SecretUnreadableException.class);
    }

    @Test
    void usesTheConfiguredKeyAndWritesNoFile() {
        String key = SecretBox.generateKey();
        SecretBox configured =
                new SecretBox(
                        new FixedConfig()
                                .with(ConfigKey.SECRETS_KEY, key)
                                .with(ConfigKey.DATA_DIR, data));

        String sealed = configured.seal("k-123456789");

        assertThat(SecretBox.withKey(Base64.getDecoder().decode(key)).open(sealed))
                .isEqualTo("k-123456789");
        assertThat(data.resolve(SecretBox.KEY_FILE)).doesNotExist();
    }

    @Test
    void refusesAConfiguredKeyOfTheWrongSizeNamingTheVariable() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        SecretBox box = new SecretBox(new FixedConfig().with(ConfigKey.SECRETS_KEY, shortKey));

        assertThatIllegalStateException()
                .isThrownBy(() -> box.seal("x-secret"))
                .withMessageContaining("CRM_SECRETS_KEY")
                .withMessageContaining("32");
    }

    @Test
    void refusesAConfiguredKeyThatIsNotBase64() {
        SecretBox box = new SecretBox(new FixedConfig().with(ConfigKey.SECRETS_KEY, "not*base64"));

        assertThatIllegalStateException()
                .isThrownBy(() -> box.seal("x-secret"))
                .withMessageContaining("CRM_SECRETS_KEY");
    }

    @Test
    void aMalformedKeyStopsTheStartNotTheFirstUse() {
        SecretBox box = new SecretBox(new FixedConfig().with(ConfigKey.SECRETS_KEY, "not*base64"));

        assertThatIllegalStateException()
                .isThrownBy(() -> box.atStart(new Object()))
                .withMessageContaining("CRM_SECRETS_KEY");
    }

    @Test
    void theKeyFileIsMadeAtStart() {
        SecretBox box = fromDataFolder();

        box.atStart(new Object());

        assertThat(data.resolve(SecretBox.KEY_FILE)).exists();
    }

    @Test
    void generatesAnOwnerOnlyKeyFileOnceAndKeepsUsingIt() throws Exception {
        String sealed = fromDataFolder().seal("kept-across-restarts");

        Path file = data.resolve(SecretBox.KEY_FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        // a restart: a new box reads the same file
        assertThat(fromDataFolder().open(sealed)).isEqualTo("kept-across-restarts");
        try (var files = Files.list(data)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void readsAKeyFileTheOperatorProvided() throws Exception {
        String key = SecretBox.generateKey();
        Files.writeString(data.resolve(SecretBox.KEY_FILE), key + "\n", StandardCharsets.US_ASCII);

        String sealed = fromDataFolder().seal("operator-key-used");

        assertThat(SecretBox.withKey(Base64.getDecoder().decode(key)).open(sealed))
                .isEqualTo("operator-key-used");
    }

    @Test
    void masksAllButTheLastFourCharacters() {
        assertThat(SecretSealer.mask("abcdefgh-1234")).isEqualTo("****1234");
        assertThat(SecretSealer.mask("abcd123")).isEqualTo("****");
        assertThat(SecretSealer.mask("")).isEmpty();
        assertThat(SecretSealer.mask(null)).isEmpty();
    }
}
