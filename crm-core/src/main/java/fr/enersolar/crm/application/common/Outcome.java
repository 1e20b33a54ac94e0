package fr.enersolar.crm.application.common;

/**
 * How an admin use case ended: done with a value, a missing record (with the seed's French
 * message), or a field refused (with the reason, in French). Resources turn it into 200, 404 or
 * 400.
 *
 * @param <T> the value of a success
 */
public sealed interface Outcome<T> {

    /** The use case did its work. */
    record Done<T>(T value) implements Outcome<T> {}

    /** The record it was about does not exist. */
    record NotFound<T>(String message) implements Outcome<T> {}

    /** A field was refused. */
    record Invalid<T>(String field, String reason) implements Outcome<T> {}

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> notFound(String message) {
        return new NotFound<>(message);
    }

    static <T> Outcome<T> invalid(String field, String reason) {
        return new Invalid<>(field, reason);
    }
}
