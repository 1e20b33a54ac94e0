package fr.enersolar.crm.domain.model.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A staff member's login e-mail, trimmed and lower-cased as the seed stores it (SPEC-seed §1.1).
 */
public record Email(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public Email {
        if (value == null) {
            throw new IllegalArgumentException("email is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("email is not a valid address: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
