package fr.enersolar.crm.application.catalogue;

import java.util.Optional;

/**
 * What a submitted {@code crm_api_key} asks for. The masked value shown after creation ({@code
 * ****1234}) sent back unchanged keeps the key; a blank value cannot remove a key (SPEC-seed §19:
 * keys can be rotated, never blanked); anything else is the new key.
 */
final class KeyInput {

    static final String FIELD = "crm_api_key";

    private KeyInput() {}

    /** The new clear key, if the request sets one. */
    static Optional<String> newKey(Checks checks, boolean formHasKey) {
        Optional<String> sent = checks.partnerKey(FIELD);
        if (sent.isEmpty() || sent.get().startsWith("****")) {
            return Optional.empty();
        }
        if (sent.get().isEmpty()) {
            if (formHasKey) {
                checks.problem(FIELD, "la clé ne peut pas être vidée (la remplacer par une autre)");
            }
            return Optional.empty();
        }
        return sent;
    }
}
