package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.application.tracking.FunnelStats;

/**
 * The figures of a form (SPEC-seed §13): starts, leads, leads sent, leads delivered; the
 * conversions are percentages with one decimal, 0 without starts.
 */
public record FormStats(long started, long leads, long sent, long finished) {

    public static final FormStats NONE = new FormStats(0, 0, 0, 0);

    /** The list's conversion: leads per start. */
    public double leadConversion() {
        return FunnelStats.rate(leads, started);
    }

    /** The detail's conversion: delivered leads per start. */
    public double finishedConversion() {
        return FunnelStats.rate(finished, started);
    }
}
