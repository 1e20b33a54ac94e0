package fr.enersolar.crm.batch;

import fr.enersolar.crm.domain.model.session.SessionRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Deletes expired login sessions every hour (the seed never purged them, SPEC-seed §1.2). Safe on
 * every server of a cluster at once: each run deletes what has expired, whoever runs first.
 */
@Singleton
public class SessionPurge {

    private static final Logger LOG = Logger.getLogger(SessionPurge.class.getName());

    @Inject SessionRepository sessions;
    @Inject Clock clock;

    @Schedule(
            hour = "*",
            minute = "17",
            persistent = false,
            timezone = "UTC",
            info = "session-purge")
    void purge() {
        long purged = sessions.purgeExpired(clock.instant());
        if (purged > 0) {
            LOG.info(() -> purged + " expired sessions deleted");
        }
    }
}
