package fr.enersolar.crm.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.session.Session;
import fr.enersolar.crm.domain.model.session.SessionId;
import fr.enersolar.crm.domain.model.session.SessionRepository;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class SessionMaintenanceTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject SessionMaintenance maintenance;
    @Inject SessionRepository sessions;
    @Inject ActivityLogRepository log;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private SessionTokenHash session(Instant expires) {
        SessionTokenHash hash = SessionTokenHash.of(UUID.randomUUID().toString());
        sessions.store(
                new Session(
                        SessionId.generate(),
                        hash,
                        UserId.generate(),
                        expires.minus(Duration.ofDays(7)),
                        expires));
        return hash;
    }

    @Test
    void deletesOnlyExpiredSessionsAndLogsHowMany() {
        session(now.minus(Duration.ofDays(1)));
        session(now.minus(Duration.ofMinutes(1)));
        SessionTokenHash live = session(now.plus(Duration.ofDays(1)));
        StaffIdentity admin =
                new StaffIdentity(
                        UserId.generate(), "a@b.fr", "Admin", Role.ADMIN, Set.of(Section.SETTINGS));

        long purged = maintenance.purgeExpired(admin, "203.0.113.7");

        assertThat(purged).isEqualTo(2);
        assertThat(sessions.findByTokenHash(live)).isPresent();
        List<ActivityLog> entries = log.recent(0, 10);
        assertThat(entries).hasSize(1);
        ActivityLog entry = entries.get(0);
        assertThat(entry.action()).isEqualTo(ActivityAction.DELETE);
        assertThat(entry.subject().type()).isEqualTo("sessions");
        assertThat(entry.details()).containsEntry("count", 2L);
        assertThat(entry.ipAddress()).isEqualTo("203.0.113.7");
    }
}
