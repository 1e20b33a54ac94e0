package fr.enersolar.crm.domain.model.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A French département: its code ({@code 01}…{@code 95} with {@code 2A} and {@code 2B} for Corsica,
 * {@code 971}…{@code 976} overseas) and its official name. Only the codes of {@link Departements}
 * exist; overseas ones are valid but outside the operator's area.
 */
public final class Departement {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private final String code;
    private final String nom;

    Departement(String code, String nom) {
        this.code = code;
        this.nom = nom;
    }

    /**
     * The département with this code, ignoring case and blanks; a single digit gets its leading
     * zero back ({@code "1"} is Ain).
     *
     * @throws IllegalArgumentException for any other code, including the seed's {@code "20"}
     */
    public static Departement of(String code) {
        Objects.requireNonNull(code, "département code is required");
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (normalised.length() == 1) {
            normalised = "0" + normalised;
        }
        return Departements.byCode(normalised)
                .orElseThrow(() -> new IllegalArgumentException("Unknown département: " + code));
    }

    /**
     * The département of a five-digit French postal code. Corsica: 200xx and 201xx are Corse-du-Sud
     * (2A), 202xx and 206xx Haute-Corse (2B); overseas: 97Nxx is 97N.
     *
     * @throws IllegalArgumentException when the postal code is malformed or belongs to no
     *     département
     */
    public static Departement fromPostalCode(String postalCode) {
        String digits = postalCode == null ? "" : postalCode.trim();
        if (!POSTAL_CODE.matcher(digits).matches()) {
            throw new IllegalArgumentException("Postal code must have 5 digits: " + postalCode);
        }
        String code =
                switch (digits.substring(0, 2)) {
                    case "20" -> corsica(digits);
                    case "97" -> digits.substring(0, 3);
                    default -> digits.substring(0, 2);
                };
        return Departements.byCode(code)
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "Postal code belongs to no département: " + postalCode));
    }

    private static String corsica(String digits) {
        return switch (digits.charAt(2)) {
            case '0', '1' -> "2A";
            case '2', '6' -> "2B";
            default -> "20?";
        };
    }

    /** The code as stored and sent: {@code 75}, {@code 2A}, {@code 974}. */
    public String code() {
        return code;
    }

    /** The official French name: {@code Paris}, {@code Corse-du-Sud}. */
    public String nom() {
        return nom;
    }

    /** True for 971–976: valid, but outside the metropolitan area the buyers cover. */
    public boolean isOverseas() {
        return code.length() == 3;
    }

    public boolean isMetropolitan() {
        return !isOverseas();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Departement d && d.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
