package fr.enersolar.crm.domain.model.billing;

import java.util.Locale;

/** Where a monthly statement stands: computed, sent to the debtor, or paid. */
public enum BillingStatus {
    DRAFT,
    SENT,
    PAID;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BillingStatus fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
