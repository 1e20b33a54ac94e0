package fr.enersolar.crm.domain.model.crm;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The short code of a buyer CRM ({@code zr7}, {@code mdl}), used in routing reasons and in billing.
 * Lower-case letters, digits and dashes.
 */
public record CrmSlug(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public CrmSlug {
        Objects.requireNonNull(value, "CRM slug is required");
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a CRM slug (zr7, mdl): " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
