package fr.enersolar.crm.connector.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The kind of value a connector setting holds: it tells the admin UI which input to render and how
 * to check what the staff typed. Values always travel as strings; each type says which strings it
 * accepts.
 *
 * @since 1.0
 */
public enum SettingType {
    /** Free text. */
    STRING,
    /**
     * A secret (a password, a token): rendered as a password input, never shown again in clear once
     * saved, masked in logs. A secret setting has no default value.
     */
    SECRET,
    /** An absolute {@code http} or {@code https} URL with a host. */
    URL,
    /** A whole number that fits an {@code int}. */
    INT,
    /** {@code true} or {@code false} (any case). */
    BOOL;

    /**
     * Whether a value is acceptable for this type.
     *
     * @param value the value as typed, not {@code null}
     * @return true when {@link ConnectorSettings} would accept it
     */
    public boolean accepts(String value) {
        return switch (this) {
            case STRING, SECRET -> true;
            case URL -> isHttpUrl(value);
            case INT -> isInt(value);
            case BOOL -> isBool(value);
        };
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute()
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isInt(String value) {
        try {
            Integer.parseInt(value.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isBool(String value) {
        String v = value.trim();
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }
}
