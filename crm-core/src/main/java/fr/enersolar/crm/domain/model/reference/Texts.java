package fr.enersolar.crm.domain.model.reference;

/** The text checks the reference data shares. */
final class Texts {

    /** Longest free text of reference data. */
    static final int MAX_LENGTH = 500;

    private Texts() {}

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return bounded(value.trim());
    }

    static String optional(String value) {
        return value == null ? "" : bounded(value.trim());
    }

    private static String bounded(String value) {
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("au plus " + MAX_LENGTH + " caractères");
        }
        return value;
    }
}
