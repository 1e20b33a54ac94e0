package fr.enersolar.crm.domain.model.reference;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link LibraryImage}. */
public record LibraryImageId(String value) {

    public LibraryImageId {
        value = Identifier.require("LibraryImage id", value);
    }

    public static LibraryImageId generate() {
        return new LibraryImageId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
