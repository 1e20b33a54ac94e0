package fr.enersolar.crm.domain.model.shared;

import java.util.Locale;

/** What a landing page or form does after a successful submit. */
public enum TrackingType {
    /** Send the visitor to the thank-you URL. */
    REDIRECT,
    /** Push the conversion to Google Tag Manager. */
    GTM,
    BOTH,
    NONE;

    /** The stored value: {@code redirect}, {@code gtm}, {@code both}, {@code none}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stored or submitted value, ignoring case.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static TrackingType fromWire(String value) {
        for (TrackingType type : values()) {
            if (type.wire().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "Unknown tracking type: " + value + " (expected redirect, gtm, both or none)");
    }
}
