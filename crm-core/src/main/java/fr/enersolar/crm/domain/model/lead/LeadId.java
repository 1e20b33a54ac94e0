package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link Lead}. */
public record LeadId(String value) {

    public LeadId {
        value = Identifier.require("lead id", value);
    }

    public static LeadId generate() {
        return new LeadId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
