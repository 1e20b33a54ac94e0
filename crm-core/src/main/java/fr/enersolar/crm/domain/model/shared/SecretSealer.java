package fr.enersolar.crm.domain.model.shared;

/**
 * Keeps real secrets (partner API keys) unreadable at rest: what is stored is the sealed text, and
 * only code that must send the secret to its owner opens it. Sealing the same text twice gives two
 * different sealed texts; a sealed text altered by one character no longer opens.
 *
 * <p>Shown to staff, a secret is {@linkplain #mask(String) masked}: {@code ****} and its last four
 * characters.
 */
public interface SecretSealer {

    /** The sealed form of {@code clear} (never null; an empty text seals to an empty text). */
    String seal(String clear);

    /**
     * The clear text of {@code sealed} (an empty text opens to an empty text).
     *
     * @throws SecretUnreadableException when {@code sealed} was not sealed with this key, was
     *     altered, or is not a sealed text at all
     */
    String open(String sealed);

    /** Whether {@code value} has the shape of a sealed text (not whether it opens). */
    boolean isSealed(String value);

    /**
     * How a secret is shown once it has been created: {@code ****} and its last four characters;
     * {@code ****} alone for a secret shorter than eight characters (its last four would give away
     * half of it); empty for an empty secret.
     */
    static String mask(String clear) {
        if (clear == null || clear.isEmpty()) {
            return "";
        }
        return clear.length() < 8 ? "****" : "****" + clear.substring(clear.length() - 4);
    }
}
