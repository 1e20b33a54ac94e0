package fr.enersolar.crm.domain.model.lp;

import java.util.Locale;

/** Where a landing page's form lives. */
public enum FormMode {
    /** The form is on the landing page itself. */
    EMBEDDED,
    /** The landing page sends the visitor to a separate form page. */
    REDIRECT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads {@code embedded} or {@code redirect}, ignoring case.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static FormMode fromWire(String value) {
        for (FormMode mode : values()) {
            if (mode.wire().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException(
                "Unknown form mode: " + value + " (expected embedded or redirect)");
    }
}
