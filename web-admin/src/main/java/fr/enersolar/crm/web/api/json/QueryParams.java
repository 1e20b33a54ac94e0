package fr.enersolar.crm.web.api.json;

import fr.enersolar.crm.application.InvalidInputException;

/**
 * Reads the paging parameters of list endpoints ({@code limit}, {@code skip}): a malformed or out
 * of range value is a 400 naming the parameter, never a silent default.
 */
public final class QueryParams {

    private QueryParams() {}

    /**
     * The whole number in {@code raw}, {@code fallback} when absent or blank.
     *
     * @throws InvalidInputException when it is not a whole number between {@code min} and {@code
     *     max}
     */
    public static int intParam(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(
                name, "doit être un nombre entier entre " + min + " et " + max);
    }

    /** The trimmed text, or null when absent or blank. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
