package fr.enersolar.crm.domain.service;

/**
 * What one delivery attempt came to, as delivery rules see it (PRODUCT.md's response mapping). The
 * connector SPI classifies a partner's answer in the same five classes; the delivery service maps
 * one onto the other.
 */
public enum DeliveryOutcome {
    /** The partner took the lead (HTTP 201, even with a body that is not JSON). */
    ACCEPTED,
    /** The partner already had it ("doublon"): delivered all the same. */
    DUPLICATE,
    /** The partner refused the lead itself (HTTP 400): final, not retried. */
    REJECTED,
    /** The partner refused our key (HTTP 403): final, not retried. */
    AUTH_FAILED,
    /** 5xx, timeout, connection error: worth another attempt later. */
    RETRYABLE;

    /** True when another attempt may succeed. */
    public boolean retryable() {
        return this == RETRYABLE;
    }
}
