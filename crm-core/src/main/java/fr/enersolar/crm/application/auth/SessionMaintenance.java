package fr.enersolar.crm.application.auth;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.session.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;

/**
 * Staff-started upkeep of login sessions: deleting the expired ones now rather than at the next
 * hourly purge. Logged in the activity log with the number deleted.
 */
@ApplicationScoped
public class SessionMaintenance {

    private SessionRepository sessions;
    private ActivityJournal activity;
    private Clock clock;

    /** For CDI. */
    protected SessionMaintenance() {}

    @Inject
    public SessionMaintenance(SessionRepository sessions, ActivityJournal activity, Clock clock) {
        this.sessions = sessions;
        this.activity = activity;
        this.clock = clock;
    }

    /** Deletes every expired session; answers how many there were. */
    public long purgeExpired(StaffIdentity by, String clientIp) {
        long purged = sessions.purgeExpired(clock.instant());
        activity.record(
                by.actor(),
                ActivityAction.DELETE,
                new Subject("sessions", "expired", "Sessions expirées"),
                Map.of("count", purged),
                clientIp);
        return purged;
    }
}
