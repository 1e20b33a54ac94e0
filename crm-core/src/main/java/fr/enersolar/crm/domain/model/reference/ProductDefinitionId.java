package fr.enersolar.crm.domain.model.reference;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link ProductDefinition}. */
public record ProductDefinitionId(String value) {

    public ProductDefinitionId {
        value = Identifier.require("ProductDefinition id", value);
    }

    public static ProductDefinitionId generate() {
        return new ProductDefinitionId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
