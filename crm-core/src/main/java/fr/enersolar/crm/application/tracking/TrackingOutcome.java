package fr.enersolar.crm.application.tracking;

import fr.enersolar.crm.domain.model.tracking.TrackingEventId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tracking call did: either the event was recorded in a visitor session (the one sent, or a
 * new one), or it was refused because the page it names does not exist.
 */
public record TrackingOutcome(
        Optional<TrackingEventId> event,
        Optional<VisitorSessionId> session,
        Optional<Refusal> refusal) {

    /** Why an event was not recorded; the text is the seed's {@code error} value. */
    public enum Refusal {
        UNKNOWN_LP("LP inconnue"),
        UNKNOWN_FORM("Formulaire inconnu");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        /** The seed's message, shown to the scripts as {@code error}. */
        public String message() {
            return message;
        }
    }

    public static TrackingOutcome recorded(TrackingEventId event, VisitorSessionId session) {
        return new TrackingOutcome(
                Optional.of(Objects.requireNonNull(event)),
                Optional.of(Objects.requireNonNull(session)),
                Optional.empty());
    }

    public static TrackingOutcome refused(Refusal why) {
        return new TrackingOutcome(
                Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(why)));
    }

    public boolean isRecorded() {
        return event.isPresent();
    }
}
