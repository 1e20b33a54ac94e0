package fr.enersolar.crm.application.tracking;

import fr.enersolar.crm.domain.model.tracking.Utm;
import fr.enersolar.crm.domain.model.tracking.Visitor;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What every tracking call carries besides the pages it names: the session the browser was given
 * (absent on its first call, or when it lost it), the browser itself, and the campaign parameters
 * of the page URL (each may be empty).
 */
public record TrackingContext(
        Optional<VisitorSessionId> session,
        Visitor visitor,
        String utmSource,
        String utmMedium,
        String utmCampaign) {

    public TrackingContext {
        Objects.requireNonNull(session, "session is required (may be empty)");
        Objects.requireNonNull(visitor, "visitor is required");
    }

    /** The campaign touch of this call at {@code at}, when it carries any UTM parameter. */
    Optional<Utm> touch(Instant at) {
        return Utm.of(utmSource, utmMedium, utmCampaign, visitor.referrer(), at);
    }
}
