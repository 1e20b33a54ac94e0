package fr.enersolar.crm.domain.model.user;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a staff user of the admin UI. */
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
