package fr.enersolar.crm.domain.model.lp;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The human code of a landing page: {@code LP-} and a number padded to three digits ({@code
 * LP-001}, {@code LP-042}, {@code LP-1000}). Scripts on customers' sites carry it.
 */
public record LpCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("LP-(\\d{1,9})");

    /**
     * Accepts any case and padding ({@code lp-7}) and keeps the canonical form ({@code LP-007}).
     */
    public LpCode {
        Objects.requireNonNull(value, "LP code is required");
        Matcher m = FORMAT.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException("Not an LP code (LP-001): " + value);
        }
        value = format(Integer.parseInt(m.group(1)));
    }

    /** The code with this sequence number. */
    public static LpCode of(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("LP code numbers start at 1: " + number);
        }
        return new LpCode(format(number));
    }

    private static String format(int number) {
        return String.format(Locale.ROOT, "LP-%03d", number);
    }

    public int number() {
        return Integer.parseInt(value.substring(3));
    }

    @Override
    public String toString() {
        return value;
    }
}
