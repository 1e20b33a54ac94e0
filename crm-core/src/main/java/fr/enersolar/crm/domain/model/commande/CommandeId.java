package fr.enersolar.crm.domain.model.commande;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link Commande}. */
public record CommandeId(String value) {

    public CommandeId {
        value = Identifier.require("commande id", value);
    }

    public static CommandeId generate() {
        return new CommandeId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
