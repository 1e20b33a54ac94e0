package fr.enersolar.crm.domain.model.lead;

/**
 * What intake concluded about a lead. {@code pending} leads wait for routing and delivery; the
 * other values are diagnoses: the lead is stored and visible, but not delivered until staff fix it.
 * Listed by precedence: when several problems apply, the first one names the lead.
 */
public enum LeadStatus {
    /** The form named by the submission does not exist. */
    ORPHAN("orphan"),
    /** The phone number is missing, malformed or fake. */
    INVALID_PHONE("invalid_phone"),
    /** A field the form requires is missing. */
    MISSING_REQUIRED("missing_required"),
    /** A field is malformed (postal code, département, a value of the wrong type or too long). */
    INVALID_FIELD("invalid_field"),
    /** The address is outside the served area (overseas). */
    OUT_OF_AREA("out_of_area"),
    /** The same phone already asked for the same product recently: kept, linked, not delivered. */
    INTERNAL_DUPLICATE("internal_duplicate"),
    /** Valid: waiting for routing and delivery. */
    PENDING("pending");

    private final String wire;

    LeadStatus(String wire) {
        this.wire = wire;
    }

    /** The value stored and returned in JSON. */
    public String wire() {
        return wire;
    }

    /** The status stored as {@code wire}. */
    public static LeadStatus fromWire(String wire) {
        for (LeadStatus status : values()) {
            if (status.wire.equals(wire)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown lead status: " + wire);
    }

    /** True when the visitor's submission was accepted (the form script shows success). */
    public boolean accepted() {
        return this == PENDING || this == INTERNAL_DUPLICATE;
    }
}
