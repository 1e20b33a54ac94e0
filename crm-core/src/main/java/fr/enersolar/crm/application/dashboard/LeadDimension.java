package fr.enersolar.crm.application.dashboard;

/** A lead property the dashboard counts leads by. */
public enum LeadDimension {
    /** The product ({@code PV}, {@code PAC}, {@code ITE}; empty for an orphan lead). */
    PRODUCT,
    /** The diagnostic status given at intake ({@code pending}, {@code invalid_phone}…). */
    STATUS,
    /** The delivery status ({@code api_status}: {@code pending}, {@code success}…). */
    DELIVERY,
    /** The buyer CRM the lead was routed to (its slug; empty while unrouted). */
    TARGET_CRM
}
