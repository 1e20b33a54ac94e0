package fr.enersolar.crm.domain.model.lp;

import java.util.Locale;

/** Where a landing page's traffic comes from; informational only. */
public enum SourceType {
    NATIVE,
    GOOGLE,
    FACEBOOK,
    OTHER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a stored value, ignoring case.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static SourceType fromWire(String value) {
        for (SourceType type : values()) {
            if (type.wire().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return type;
            }
        }
        throw new IllegalArgumentException(
                "Unknown source type: " + value + " (expected native, google, facebook or other)");
    }
}
