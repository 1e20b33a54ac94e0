package fr.enersolar.crm.domain.model.reference;

import java.util.Locale;
import java.util.regex.Pattern;

/** A short lower-case key of reference data: letters, digits, {@code -} and {@code _}. */
public record Slug(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    public Slug {
        if (value == null) {
            throw new IllegalArgumentException("slug is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "1 à 50 caractères parmi a-z, 0-9, - et _ (commençant par une lettre ou un"
                            + " chiffre)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
