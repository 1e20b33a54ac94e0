package fr.enersolar.crm.domain.model.user;

import java.util.Optional;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters (length matters more than
 * character classes), at most {@value #MAX_LENGTH} (a slow hash of a huge password would tie up the
 * server), and not blank.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {}

    /** Why this password is refused (French, for the 400 answer), or empty when it is accepted. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("champ requis");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(
                    "le mot de passe doit contenir au moins " + MIN_LENGTH + " caractères");
        }
        if (length > MAX_LENGTH) {
            return Optional.of(
                    "le mot de passe doit contenir au plus " + MAX_LENGTH + " caractères");
        }
        return Optional.empty();
    }
}
