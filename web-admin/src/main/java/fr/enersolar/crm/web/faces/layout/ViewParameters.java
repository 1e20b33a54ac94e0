package fr.enersolar.crm.web.faces.layout;

/** The pages' rule for an identifier arriving as a view parameter (URL query, select value). */
public final class ViewParameters {

    /** Longer than any id or code the store holds: such a value is noise, not an id. */
    private static final int MAX_ID_LENGTH = 64;

    private ViewParameters() {}

    /** The value, or {@code null} when it is absent, blank or too long to be an id. */
    public static String id(String value) {
        return value == null || value.isBlank() || value.length() > MAX_ID_LENGTH ? null : value;
    }
}
