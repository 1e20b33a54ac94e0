package fr.enersolar.crm.domain.model.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a session token, in lower-case hex: what the store keeps instead of the token. A
 * stolen database gives no usable session. A plain (unsalted, fast) hash is right here because
 * tokens are long random strings, not passwords.
 */
public record SessionTokenHash(String value) {

    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SessionTokenHash {
        Objects.requireNonNull(value, "token hash is required");
        value = value.toLowerCase(Locale.ROOT);
        if (!HEX_SHA256.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest");
        }
    }

    /** Hashes the clear token the browser presents. */
    public static SessionTokenHash of(String clearToken) {
        if (clearToken == null || clearToken.isEmpty()) {
            throw new IllegalArgumentException("session token is required");
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(clearToken.getBytes(StandardCharsets.UTF_8));
            return new SessionTokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
