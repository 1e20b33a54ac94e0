package fr.enersolar.crm.domain.model.form;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link Form}. */
public record FormId(String value) {

    public FormId {
        value = Identifier.require("form id", value);
    }

    public static FormId generate() {
        return new FormId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
