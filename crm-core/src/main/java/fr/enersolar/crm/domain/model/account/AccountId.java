package fr.enersolar.crm.domain.model.account;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies an {@link Account}. */
public record AccountId(String value) {

    public AccountId {
        value = Identifier.require("account id", value);
    }

    public static AccountId generate() {
        return new AccountId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
