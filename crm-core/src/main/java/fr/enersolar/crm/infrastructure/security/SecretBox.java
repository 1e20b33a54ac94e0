package fr.enersolar.crm.infrastructure.security;

import fr.enersolar.crm.domain.model.shared.SecretSealer;
import fr.enersolar.crm.domain.model.shared.SecretUnreadableException;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM sealing of secrets. A sealed text is {@code v1:} and the URL-safe Base64 of a random
 * 12-byte nonce followed by the ciphertext and its 16-byte tag, so it fits any text field.
 *
 * <p>The key is {@code CRM_SECRETS_KEY} (Base64 of 32 bytes) when set. Otherwise it is read from
 * {@code secrets.key} in the data folder, which is generated at the first use (readable by its
 * owner only). Servers sharing one MongoDB must share the key: set {@code CRM_SECRETS_KEY} on each.
 * Losing the key loses every sealed secret, so the key file belongs in the data folder's backups.
 * The key is read at the first seal or open, and a malformed one fails with a message naming the
 * variable or the file.
 */
@ApplicationScoped
public class SecretBox implements SecretSealer {

    /** The key file's name in the data folder. */
    public static final String KEY_FILE = "secrets.key";

    static final String PREFIX = "v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());

    private CrmConfig config;
    private volatile SecretKey key;

    /** For CDI. */
    protected SecretBox() {}

    /** A box whose key comes from {@code CRM_SECRETS_KEY} or the data folder's key file. */
    @Inject
    public SecretBox(CrmConfig config) {
        this.config = config;
    }

    /**
     * Reads (or, on a first start without {@code CRM_SECRETS_KEY}, generates) the key at
     * deployment, so a malformed configured key or an unreadable key file stops the deployment with
     * its reason instead of failing the first request that seals or opens a partner key.
     */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        key();
    }

    /** A box with this 32-byte key (tests, tools). */
    public static SecretBox withKey(byte[] key) {
        SecretBox box = new SecretBox();
        box.key = aesKey(key, "the given key");
        return box;
    }

    /** A fresh random key, Base64-encoded as {@code CRM_SECRETS_KEY} expects. */
    public static String generateKey() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String seal(String clear) {
        if (clear == null || clear.isEmpty()) {
            return "";
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length);
            out.put(nonce).put(sealed);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (sealed == null || sealed.isEmpty()) {
            return "";
        }
        if (!isSealed(sealed)) {
            throw new SecretUnreadableException("Not a sealed secret");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretUnreadableException("Sealed secret is not valid Base64");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SecretUnreadableException("Sealed secret is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key(),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] clear = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(clear, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretUnreadableException(
                    "Sealed secret does not open with this key (another "
                            + ConfigKey.SECRETS_KEY.environmentVariable()
                            + " or "
                            + KEY_FILE
                            + ", or an altered value)",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    @Override
    public boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX) && value.length() > PREFIX.length();
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadKey();
                }
                current = key;
            }
        }
        return current;
    }

    private SecretKey loadKey() {
        String variable = ConfigKey.SECRETS_KEY.environmentVariable();
        var configured = config.value(ConfigKey.SECRETS_KEY);
        if (configured.isPresent()) {
            return aesKey(decode(configured.get(), variable), variable);
        }
        Path file = config.dataDir().resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            warnIfOthersCanRead(file);
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return aesKey(decode(text, file.toString()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secrets key " + file, e);
        }
    }

    /** Writes a new key to a private temporary file, then moves it in place unless one exists. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), KEY_FILE, ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, generateKey() + "\n", StandardCharsets.US_ASCII);
            Files.move(temporary, file);
            LOG.warning(
                    () ->
                            "Generated the secrets key "
                                    + file
                                    + ": keep it with the data folder's backups; servers sharing"
                                    + " a MongoDB need the same key ("
                                    + ConfigKey.SECRETS_KEY.environmentVariable()
                                    + ")");
        } catch (FileAlreadyExistsException e) {
            // another server or thread created it first: use theirs
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the folder's permissions
        }
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warning(() -> file + " can be read by other users: chmod 600 it");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The secrets key in " + source + " is not Base64 (32 random bytes expected)");
        }
    }

    private static SecretKey aesKey(byte[] bytes, String source) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "The secrets key in "
                            + source
                            + " has "
                            + bytes.length
                            + " bytes; 32 are expected (generate one with: openssl rand -base64 32)");
        }
        SecretKey aes = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        return aes;
    }
}
