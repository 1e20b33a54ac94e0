package fr.enersolar.crm.domain.model.tracking;

import fr.enersolar.crm.domain.model.shared.Identifier;
import java.util.Optional;

/**
 * Identifies a {@link VisitorSession}: a UUID the server generates and the browser sends back as
 * {@code session_id}.
 */
public record VisitorSessionId(String value) {

    public VisitorSessionId {
        value = Identifier.require("visitor session id", value);
    }

    public static VisitorSessionId generate() {
        return new VisitorSessionId(Identifier.generate());
    }

    /**
     * What a browser sent, when it is a well-formed id; anything else (blank, truncated, forged) is
     * empty, so the caller starts a new session instead of failing the visitor.
     */
    public static Optional<VisitorSessionId> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VisitorSessionId(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
