package fr.enersolar.crm.domain.model.crm;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a buyer {@link Crm}. */
public record CrmId(String value) {

    public CrmId {
        value = Identifier.require("CRM id", value);
    }

    public static CrmId generate() {
        return new CrmId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
