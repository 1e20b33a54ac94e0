package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.session.Session;
import fr.enersolar.crm.domain.model.session.SessionId;
import fr.enersolar.crm.domain.model.session.SessionRepository;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoSessionRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject SessionRepository sessions;
    @Inject StoreIndexes indexes;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final UserId alice = UserId.generate();

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        indexes.ensure();
    }

    private Session session(String token, UserId user, Instant expiresAt) {
        return new Session(SessionId.generate(), SessionTokenHash.of(token), user, now, expiresAt);
    }

    @Test
    void findsASessionByTheHashOfItsTokenAndNeverStoresTheToken() {
        Session session = session("clear-token-123", alice, now.plusSeconds(3600));
        sessions.store(session);

        Session found =
                sessions.findByTokenHash(SessionTokenHash.of("clear-token-123")).orElseThrow();
        assertThat(found.user()).isEqualTo(alice);
        assertThat(found.expiresAt()).isEqualTo(now.plusSeconds(3600));
        assertThat(sessions.findByTokenHash(SessionTokenHash.of("other"))).isEmpty();
        Document raw = store.database().getCollection("sessions").find().first();
        assertThat(raw.toJson()).doesNotContain("clear-token-123");
    }

    @Test
    void removesEverySessionOfAUser() {
        sessions.store(session("a1", alice, now.plusSeconds(60)));
        sessions.store(session("a2", alice, now.plusSeconds(60)));
        sessions.store(session("b1", UserId.generate(), now.plusSeconds(60)));

        assertThat(sessions.removeOfUser(alice)).isEqualTo(2);
        assertThat(sessions.findByTokenHash(SessionTokenHash.of("a1"))).isEmpty();
        assertThat(sessions.findByTokenHash(SessionTokenHash.of("b1"))).isPresent();
    }

    @Test
    void removesEverySessionOfAUserButTheOneKept() {
        sessions.store(session("a1", alice, now.plusSeconds(60)));
        sessions.store(session("a2", alice, now.plusSeconds(60)));
        sessions.store(session("a3", alice, now.plusSeconds(60)));
        sessions.store(session("b1", UserId.generate(), now.plusSeconds(60)));

        assertThat(sessions.removeOfUserExcept(alice, SessionTokenHash.of("a2"))).isEqualTo(2);
        assertThat(sessions.findByTokenHash(SessionTokenHash.of("a1"))).isEmpty();
        assertThat(sessions.findByTokenHash(SessionTokenHash.of("a2"))).isPresent();
        assertThat(sessions.findByTokenHash(SessionTokenHash.of("b1"))).isPresent();
    }

    @Test
    void purgesOnlyExpiredSessions() {
        sessions.store(session("old", alice, now.plusSeconds(10)));
        sessions.store(session("due", alice, now.plusSeconds(20)));
        sessions.store(session("live", alice, now.plusSeconds(30)));

        assertThat(sessions.purgeExpired(now.plusSeconds(20))).isEqualTo(2);
        assertThat(sessions.findByTokenHash(SessionTokenHash.of("live"))).isPresent();
        assertThat(sessions.purgeExpired(now.plusSeconds(20))).isZero();
    }

    @Test
    void logoutRemovesOneSession() {
        sessions.store(session("t", alice, now.plusSeconds(60)));

        assertThat(sessions.remove(SessionTokenHash.of("t"))).isTrue();
        assertThat(sessions.remove(SessionTokenHash.of("t"))).isFalse();
    }

    @Test
    void refusesTwoSessionsWithTheSameToken() {
        sessions.store(session("same", alice, now.plusSeconds(60)));

        assertThatThrownBy(() -> sessions.store(session("same", alice, now.plusSeconds(60))))
                .isInstanceOf(CodeAlreadyUsedException.class);
    }
}
