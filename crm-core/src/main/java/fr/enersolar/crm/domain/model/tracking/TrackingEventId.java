package fr.enersolar.crm.domain.model.tracking;

import fr.enersolar.crm.domain.model.shared.Identifier;

/** Identifies a {@link TrackingEvent}. */
public record TrackingEventId(String value) {

    public TrackingEventId {
        value = Identifier.require("tracking event id", value);
    }

    public static TrackingEventId generate() {
        return new TrackingEventId(Identifier.generate());
    }

    @Override
    public String toString() {
        return value;
    }
}
