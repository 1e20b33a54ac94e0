package fr.enersolar.crm.domain.model.activity;

import java.util.Locale;

/** What a staff member did. */
public enum ActivityAction {
    LOGIN,
    LOGOUT,
    CREATE,
    UPDATE,
    DELETE,
    VIEW,
    EXPORT,
    RETRY;

    /** The stored value: {@code login}, {@code create}… */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityAction fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
