package fr.enersolar.crm.domain.model.tracking;

import java.util.Locale;

/** The funnel steps the tracking scripts report; a submit is the lead itself. */
public enum TrackingEventType {
    LP_VISIT,
    CTA_CLICK,
    FORM_START;

    /** The stored value: {@code lp_visit}, {@code cta_click}, {@code form_start}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TrackingEventType fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
