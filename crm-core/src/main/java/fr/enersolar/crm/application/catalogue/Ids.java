package fr.enersolar.crm.application.catalogue;

import java.util.Optional;
import java.util.function.Function;

/** Identifiers read from requests: a malformed id is a 400 naming the field, or simply unknown. */
final class Ids {

    private Ids() {}

    /** The id in {@code field}; 400 when it is not an identifier. */
    static <I> I parse(String raw, Function<String, I> parse, String field) {
        try {
            return parse.apply(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CatalogueException.invalid(field, "identifiant invalide");
        }
    }

    /** The record with the id in a path; a malformed id is as unknown as a missing record (404). */
    static <I, T> T find(
            String raw, Function<String, I> parse, Function<I, Optional<T>> find, String notFound) {
        I id;
        try {
            id = parse.apply(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw CatalogueException.notFound(notFound);
        }
        return find.apply(id).orElseThrow(() -> CatalogueException.notFound(notFound));
    }
}
