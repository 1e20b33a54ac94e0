package fr.enersolar.crm.domain.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a French phone number as visitors type it ({@code 06 12 34 56 78}, {@code +33 6…}, {@code
 * 0033 6…}, dots and dashes) with libphonenumber, and refuses the fake numbers the seed refused
 * (SPEC-seed §6.2): the ascending sequence, pair sequences and repeated digits.
 */
public final class FrenchPhones {

    /** France and the overseas regions that share its numbering plan's conventions. */
    private static final Set<String> REGIONS =
            Set.of("FR", "RE", "GP", "GF", "MQ", "YT", "PM", "BL", "MF");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/()]");
    private static final Pattern DIALLABLE = Pattern.compile("\\+?[0-9]+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /**
     * The last number this thread read and its outcome: intake reads each number twice (its Bean
     * Validation constraint, then its normalisation), and libphonenumber is not cheap.
     */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    private FrenchPhones() {}

    /** The outcome of reading a number: either both normalised forms, or why it was refused. */
    public sealed interface Check permits Valid, Invalid {}

    /**
     * @param national ten digits as dialled in France ({@code 0612345678})
     * @param e164 international form ({@code +33612345678})
     */
    public record Valid(String national, String e164) implements Check {}

    /**
     * @param reason the French message shown to the visitor and stored on the lead
     */
    public record Invalid(String reason) implements Check {}

    public static Check check(String raw) {
        Object[] last = LAST.get();
        if (last != null && raw != null && raw.equals(last[0])) {
            return (Check) last[1];
        }
        Check check = read(raw);
        LAST.set(new Object[] {raw, check});
        return check;
    }

    private static Check read(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Invalid("Le téléphone est obligatoire");
        }
        String compact = SEPARATORS.matcher(raw.trim()).replaceAll("");
        if (!DIALLABLE.matcher(compact).matches()) {
            return new Invalid("Le téléphone ne doit contenir que des chiffres");
        }
        if (compact.length() == 9 && !compact.startsWith("0")) {
            compact = "0" + compact; // the seed's rule: a mobile typed without its leading 0
        } else if (compact.length() == 11 && compact.startsWith("33")) {
            compact = "+" + compact;
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(compact, "FR");
        } catch (NumberParseException e) {
            return new Invalid("Le téléphone n'est pas un numéro français valide");
        }
        String region = UTIL.getRegionCodeForNumber(number);
        if (region == null || !REGIONS.contains(region) || !UTIL.isValidNumber(number)) {
            return new Invalid("Le téléphone n'est pas un numéro français valide");
        }
        String national = nationalDigits(number, region);
        String fake = fakePattern(national);
        if (fake != null) {
            return new Invalid(fake);
        }
        return new Valid(national, UTIL.format(number, PhoneNumberFormat.E164));
    }

    /**
     * The number as dialled nationally, digits only. Everywhere in {@link #REGIONS} but
     * Saint-Pierre-et-Miquelon that is {@code 0} and the significant number (checked against
     * libphonenumber's national format on 75,000 valid numbers across them), without the format's
     * pattern matching; some Saint-Pierre numbers are dialled without the {@code 0}, so there the
     * format decides.
     */
    private static String nationalDigits(PhoneNumber number, String region) {
        if (!"PM".equals(region)) {
            return "0" + UTIL.getNationalSignificantNumber(number);
        }
        String national = UTIL.format(number, PhoneNumberFormat.NATIONAL);
        return NON_DIGITS.matcher(national).replaceAll("");
    }

    /** The seed's fake-number rules on the ten national digits; null when none applies. */
    static String fakePattern(String national) {
        if (national.length() != 10) {
            return null;
        }
        if (national.equals("0123456789") || isPairSequence(national)) {
            return "Numéro invalide (suite)";
        }
        char second = national.charAt(1);
        long same = national.substring(1).chars().filter(c -> c == second).count();
        if (same >= 8) {
            return "Numéro invalide (répétition)";
        }
        return null;
    }

    /** Five two-digit groups, each one more or one less than the previous: {@code 0102030405}. */
    private static boolean isPairSequence(String national) {
        for (int i = 0; i < 4; i++) {
            int a = Integer.parseInt(national.substring(2 * i, 2 * i + 2));
            int b = Integer.parseInt(national.substring(2 * i + 2, 2 * i + 4));
            if (Math.abs(b - a) != 1) {
                return false;
            }
        }
        return true;
    }
}
