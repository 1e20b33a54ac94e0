package fr.enersolar.crm.domain.model.shared;

import java.util.Locale;

/**
 * Whether a landing page or form is in use. Archiving hides it from lists but keeps it, with its
 * leads and statistics; the seed treats a missing value as active.
 */
public enum LifecycleStatus {
    ACTIVE,
    ARCHIVED;

    /** The stored value: {@code active} or {@code archived}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a stored value; {@code null} or blank means active, as in the seed. */
    public static LifecycleStatus fromWire(String value) {
        if (value == null || value.isBlank()) {
            return ACTIVE;
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
