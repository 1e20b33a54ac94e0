package fr.enersolar.crm.domain.model.tracking;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import java.util.Optional;

/** The funnel events. */
public interface TrackingRepository {

    /** Appends one event. */
    void record(TrackingEvent event);

    Optional<TrackingEvent> find(TrackingEventId id);

    /** How many events of this type concern this landing page. */
    long count(LpCode lp, TrackingEventType type);

    /** How many events of this type concern this form. */
    long count(FormCode form, TrackingEventType type);
}
