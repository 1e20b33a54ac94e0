package fr.enersolar.crm.domain.model.billing;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link BillingStatement}. */
public record BillingStatementId(String value) {

    public BillingStatementId {
        value = Identifier.require("billing statement id", value);
    }

    public static BillingStatementId generate() {
        return new BillingStatementId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
