package fr.enersolar.crm.domain.model.config;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The v1 intake key that landing-page scripts send as {@code Authorization: Token <key>}. It is
 * publishable by design (deployed scripts carry it, SPEC-seed §4.5 and §14): origin checks, rate
 * limits and duplicate rules protect intake, not the key's secrecy.
 */
public record IntakeApiKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public IntakeApiKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("API key must not be empty");
        }
        value = value.trim();
        // Visible ASCII only: the key travels in an HTTP header, where anything else (a no-break
        // space pasted with it, an accented letter) would not arrive as configured and the key
        // could never match.
        if (value.length() < 16
                || value.length() > 200
                || value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException(
                    "API key must be 16 to 200 visible ASCII characters, without spaces");
        }
    }

    /** A new random key in the seed's format: {@code crm_} and 43 URL-safe characters. */
    public static IntakeApiKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new IntakeApiKey(
                "crm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Compares in constant time, so response timing tells nothing about the key. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(
                value.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                candidate.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "IntakeApiKey[****" + value.substring(value.length() - 4) + "]";
    }
}
