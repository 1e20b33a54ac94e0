package fr.enersolar.crm.domain.model.user;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a staff {@link User}. */
public record UserId(String value) {

    public UserId {
        value = Identifier.require("user id", value);
    }

    public static UserId generate() {
        return new UserId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
