package fr.enersolar.crm.domain.model.lp;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a landing page ({@link Lp}). */
public record LpId(String value) {

    public LpId {
        value = Identifier.require("landing page id", value);
    }

    public static LpId generate() {
        return new LpId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
