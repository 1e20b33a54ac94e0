package fr.enersolar.crm.domain.model.activity;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies an {@link ActivityLog} entry. */
public record ActivityLogId(String value) {

    public ActivityLogId {
        value = Identifier.require("activity log id", value);
    }

    public static ActivityLogId generate() {
        return new ActivityLogId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
