package fr.enersolar.crm.domain.model.session;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a login {@link Session}. */
public record SessionId(String value) {

    public SessionId {
        value = Identifier.require("session id", value);
    }

    public static SessionId generate() {
        return new SessionId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
