package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.service.FrenchPhones;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the staff typed in the leads search box, read as the one kind of search an index can answer:
 * a whole phone number or its first digits, an exact e-mail address, or the beginning of a surname.
 * Never a "contains" search, which would scan every lead.
 */
public sealed interface SearchTerm {

    /** Shorter terms would match a large part of the leads. */
    int MIN_LENGTH = 2;

    int MAX_LENGTH = 100;

    /** Phones stored as {@code national} (a valid number) or starting with these digits. */
    record Phone(Optional<String> national, String digits) implements SearchTerm {}

    /** This e-mail address, as typed or in lower case. */
    record Email(List<String> spellings) implements SearchTerm {}

    /** Surnames starting with this text, in the usual capitalisations. */
    record Name(List<String> prefixes) implements SearchTerm {}

    /**
     * Reads the typed text.
     *
     * @throws IllegalArgumentException (French message) when it is too short or too long
     */
    static SearchTerm parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "la recherche doit compter de "
                            + MIN_LENGTH
                            + " à "
                            + MAX_LENGTH
                            + " caractères");
        }
        if (text.contains("@")) {
            return new Email(distinct(text, text.toLowerCase(Locale.ROOT)));
        }
        String compact = text.replaceAll("[\\s.\\-/()]", "");
        if (compact.matches("\\+?[0-9]{2,}")) {
            Optional<String> national =
                    FrenchPhones.check(compact) instanceof FrenchPhones.Valid v
                            ? Optional.of(v.national())
                            : Optional.empty();
            return new Phone(national, compact);
        }
        String lower = text.toLowerCase(Locale.FRENCH);
        String capitalised = lower.substring(0, 1).toUpperCase(Locale.FRENCH) + lower.substring(1);
        return new Name(distinct(text, capitalised, text.toUpperCase(Locale.FRENCH), lower));
    }

    private static List<String> distinct(String... values) {
        Set<String> set = new LinkedHashSet<>(List.of(values));
        return List.copyOf(set);
    }
}
