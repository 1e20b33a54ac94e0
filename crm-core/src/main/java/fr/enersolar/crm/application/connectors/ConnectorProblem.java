package fr.enersolar.crm.application.connectors;

import java.util.Objects;

/**
 * Why a connector was not installed: a jar that cannot be read, a bad services entry, a missing
 * class, a factory that throws, or an id another version already provides. Problems are shown by
 * the admin API; they never stop the application.
 *
 * @param source the jar's file name, or {@code ear} for the application's own libraries
 * @param reason what is wrong, in French
 */
public record ConnectorProblem(String source, String reason) {

    public ConnectorProblem {
        Objects.requireNonNull(source);
        Objects.requireNonNull(reason);
    }
}
