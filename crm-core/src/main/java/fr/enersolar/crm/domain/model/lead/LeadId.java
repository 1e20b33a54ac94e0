package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link Lead}. */
public record LeadId(String value) {

    public LeadId {
        value = Identifier.require("lead id", value);
    }

    /** A new lead id, ordered by creation time (see {@link Identifier#generateTimeOrdered()}). */
    public static LeadId generate() {
        return new LeadId(Identifier.generateTimeOrdered());
    }

    @Override
    public String toString() {
        return value;
    }
}
