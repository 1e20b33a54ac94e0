package fr.enersolar.crm.application.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * Why a catalogue use case refused a request, in the seed's French words: not found, invalid values
 * (each with its field), refused as a whole (an account still in use), or not allowed to this
 * caller.
 */
public class CatalogueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        NOT_FOUND,
        INVALID,
        REFUSED,
        FORBIDDEN
    }

    /** One invalid value. */
    public record Problem(String field, String reason) {}

    private final Kind kind;
    private final transient List<Problem> problems;

    private CatalogueException(Kind kind, String message, List<Problem> problems) {
        super(message);
        this.kind = Objects.requireNonNull(kind);
        this.problems = List.copyOf(problems);
    }

    public static CatalogueException notFound(String message) {
        return new CatalogueException(Kind.NOT_FOUND, message, List.of());
    }

    public static CatalogueException invalid(String field, String reason) {
        return invalid(List.of(new Problem(field, reason)));
    }

    public static CatalogueException invalid(List<Problem> problems) {
        return new CatalogueException(
                Kind.INVALID,
                problems.stream().map(p -> p.field() + ": " + p.reason()).toList().toString(),
                problems);
    }

    public static CatalogueException refused(String message) {
        return new CatalogueException(Kind.REFUSED, message, List.of());
    }

    public static CatalogueException forbidden(String message) {
        return new CatalogueException(Kind.FORBIDDEN, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** The invalid values, for {@link Kind#INVALID}; empty otherwise. */
    public List<Problem> problems() {
        return problems;
    }
}
