package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.domain.model.shared.ProductType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads submitted values and collects what is wrong with them, field by field, so one answer names
 * every problem. URLs, colours and domains are checked (SPEC-seed §20: the seed embedded them
 * unchecked into scripts on customers' sites).
 */
final class Checks {

    static final int NAME_MAX = 200;
    static final int URL_MAX = 2048;
    static final int NOTES_MAX = 5_000;
    static final int TEXT_MAX = 20_000;
    static final int KEY_MAX = 500;

    private static final Pattern COLOR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern DOMAIN =
            Pattern.compile(
                    "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:\\d{1,5})?");

    /** Characters no URL of ours needs and that would break out of an HTML attribute or script. */
    private static final Pattern UNSAFE_IN_URL = Pattern.compile("[\\s\"'<>`\\\\]");

    private final Values values;
    private final List<CatalogueException.Problem> problems = new ArrayList<>();

    Checks(Values values) {
        this.values = values;
    }

    void problem(String field, String reason) {
        problems.add(new CatalogueException.Problem(field, reason));
    }

    boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** Throws the problems met so far, if any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw CatalogueException.invalid(problems);
        }
    }

    /** An id that must be sent and not blank (checked against the store by the caller). */
    Optional<String> requiredId(String field) {
        Optional<String> id = values.text(field);
        if (id.isEmpty() || id.get().isBlank()) {
            problem(field, "champ requis");
        }
        return id;
    }

    /** A text as sent (not trimmed), at most {@code max} characters. */
    Optional<String> text(String field, int max) {
        Optional<String> text = values.text(field);
        if (text.isPresent() && text.get().length() > max) {
            problem(field, "trop long (" + max + " caractères au plus)");
            return Optional.empty();
        }
        return text;
    }

    /** A trimmed text that must not be blank when sent. */
    Optional<String> name(String field) {
        Optional<String> text = text(field, NAME_MAX).map(String::trim);
        if (text.isPresent() && text.get().isEmpty()) {
            problem(field, "ne peut pas être vide");
            return Optional.empty();
        }
        return text;
    }

    /** Like {@link #name}, and required. */
    Optional<String> requiredName(String field) {
        if (values.text(field).isEmpty()) {
            problem(field, "champ requis");
            return Optional.empty();
        }
        return name(field);
    }

    /** An absolute http(s) URL; empty allowed when {@code optional}. */
    Optional<String> httpUrl(String field, boolean optional) {
        Optional<String> text = text(field, URL_MAX).map(String::trim);
        if (text.isEmpty()) {
            return text;
        }
        if (text.get().isEmpty()) {
            if (!optional) {
                problem(field, "ne peut pas être vide");
                return Optional.empty();
            }
            return text;
        }
        if (!isHttpUrl(text.get())) {
            problem(field, "URL http:// ou https:// attendue");
            return Optional.empty();
        }
        return text;
    }

    /** Like {@link #httpUrl}, and required. */
    Optional<String> requiredHttpUrl(String field) {
        if (values.text(field).isEmpty()) {
            problem(field, "champ requis");
            return Optional.empty();
        }
        return httpUrl(field, false);
    }

    /**
     * Where to send the visitor after a submit: a path on the same site ({@code /merci}) or a URL.
     */
    Optional<String> redirectUrl(String field) {
        Optional<String> text = text(field, URL_MAX).map(String::trim);
        if (text.isEmpty() || text.get().isEmpty()) {
            return text;
        }
        String url = text.get();
        boolean path =
                url.startsWith("/") && !url.startsWith("//") && !UNSAFE_IN_URL.matcher(url).find();
        if (!path && !isHttpUrl(url)) {
            problem(field, "chemin (/merci) ou URL http(s) attendu");
            return Optional.empty();
        }
        return text;
    }

    /** A CSS colour {@code #RGB} or {@code #RRGGBB}. */
    Optional<String> color(String field) {
        Optional<String> text = text(field, 7).map(String::trim);
        if (text.isPresent() && !COLOR.matcher(text.get()).matches()) {
            problem(field, "couleur #RRGGBB attendue");
            return Optional.empty();
        }
        return text;
    }

    /** A host name, optionally with a port; empty allowed. */
    Optional<String> domain(String field) {
        Optional<String> text = text(field, 253).map(String::trim);
        if (text.isPresent() && !text.get().isEmpty() && !DOMAIN.matcher(text.get()).matches()) {
            problem(field, "nom de domaine attendu (exemple.fr)");
            return Optional.empty();
        }
        return text;
    }

    /** One of an enumeration's wire values, read by {@code parse}. */
    <E> Optional<E> choice(String field, Function<String, E> parse, String expected) {
        Optional<String> text = values.text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(text.get()));
        } catch (IllegalArgumentException e) {
            problem(field, "valeur inconnue (attendu : " + expected + ")");
            return Optional.empty();
        }
    }

    Optional<ProductType> product(String field) {
        return choice(field, ProductType::parse, "PV, PAC ou ITE");
    }

    Optional<ProductType> requiredProduct(String field) {
        if (values.text(field).isEmpty()) {
            problem(field, "champ requis");
            return Optional.empty();
        }
        return product(field);
    }

    /** A partner key: no spaces inside, not too long. */
    Optional<String> partnerKey(String field) {
        Optional<String> text = text(field, KEY_MAX).map(String::trim);
        if (text.isPresent() && text.get().chars().anyMatch(Character::isWhitespace)) {
            problem(field, "ne doit pas contenir d'espace");
            return Optional.empty();
        }
        return text;
    }

    Optional<Boolean> flag(String field) {
        return values.flag(field);
    }

    Optional<List<String>> texts(String field) {
        return values.texts(field);
    }

    static boolean isHttpUrl(String url) {
        if (UNSAFE_IN_URL.matcher(url).find()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
