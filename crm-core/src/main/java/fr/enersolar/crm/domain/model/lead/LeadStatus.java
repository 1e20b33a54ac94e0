package fr.enersolar.crm.domain.model.lead;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a lead stands, from intake to delivery. Intake gives every lead one of the first values: a
 * diagnosis (the lead is stored and visible, but not delivered until staff fix it), {@code
 * internal_duplicate}, or {@code pending}. Routing and delivery then move a deliverable lead
 * through the other values. The wire names are the seed's {@code api_status} values (SPEC-seed
 * §2.1, and §19 for the statuses it added), so stored leads and the JSON API keep them.
 *
 * <p>The intake diagnoses are listed by precedence: when several problems apply, the first one
 * names the lead.
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
    /**
     * Valid and waiting: at intake, for routing; once routed (a target CRM is set), for its first
     * delivery attempt (the seed's "En attente").
     */
    PENDING("pending"),
    /**
     * Routing found no active commande with room for the lead: it waits for one, and is routed
     * automatically when one appears within the configured wait (SPEC-seed §19, 8 days).
     */
    PENDING_NO_ORDER("pending_no_order"),
    /** No commande appeared within the wait: only staff decide where the lead goes now. */
    PENDING_MANUAL("pending_manual"),
    /**
     * A delivery attempt failed in a way worth retrying (partner 5xx, timeout, connection error):
     * the next attempt is scheduled with backoff (the seed's "En queue").
     */
    QUEUED("queued"),
    /**
     * The partner accepted the lead (HTTP 201): delivered (the seed's {@code success}, "Envoyé").
     */
    SENT("success"),
    /** The partner already had the lead ("doublon"): counts as delivered, and is billed. */
    DUPLICATE("duplicate"),
    /**
     * The partner refused the lead itself (HTTP 400, the seed's {@code validation_error}): final,
     * not retried; staff may fix the lead and retry.
     */
    REJECTED("validation_error"),
    /** The partner refused our key (HTTP 403): final, not retried until staff fix the key. */
    AUTH_ERROR("auth_error"),
    /** Every scheduled attempt failed: visible to staff, who may retry it. */
    FAILED("failed"),
    /**
     * No CRM was selected and nothing waits for one: the seed's {@code no_crm}, written when staff
     * leave a lead unrouted.
     */
    NO_CRM("no_crm");

    /** The diagnoses intake gives a lead it cannot deliver as submitted. */
    private static final Set<LeadStatus> DIAGNOSES =
            EnumSet.of(ORPHAN, INVALID_PHONE, MISSING_REQUIRED, INVALID_FIELD, OUT_OF_AREA);

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

    /**
     * True when the visitor's submission was accepted (the form script shows success): every status
     * but intake's diagnoses.
     */
    public boolean accepted() {
        return !DIAGNOSES.contains(this);
    }

    /** True for the statuses in which delivery workers attempt the lead once it is due. */
    public boolean awaitsDelivery() {
        return this == PENDING || this == QUEUED;
    }

    /** True when the partner has the lead ({@code success} or {@code duplicate}). */
    public boolean delivered() {
        return this == SENT || this == DUPLICATE;
    }

    /**
     * True when delivery is over: delivered, or refused or failed for good (only staff restart it).
     */
    public boolean deliveryFinished() {
        return delivered() || this == REJECTED || this == AUTH_ERROR || this == FAILED;
    }
}
