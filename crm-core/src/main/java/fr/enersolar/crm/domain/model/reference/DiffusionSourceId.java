package fr.enersolar.crm.domain.model.reference;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link DiffusionSource}. */
public record DiffusionSourceId(String value) {

    public DiffusionSourceId {
        value = Identifier.require("DiffusionSource id", value);
    }

    public static DiffusionSourceId generate() {
        return new DiffusionSourceId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
