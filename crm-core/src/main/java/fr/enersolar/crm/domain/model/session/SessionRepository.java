package fr.enersolar.crm.domain.model.session;

import fr.enersolar.crm.domain.model.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** The open login sessions. */
public interface SessionRepository {

    /** Inserts or replaces the session; token hashes are unique. */
    void store(Session session);

    /** The session of a token, expired or not: the caller checks {@link Session#isExpiredAt}. */
    Optional<Session> findByTokenHash(SessionTokenHash hash);

    /** Ends one session (logout); true when it existed. */
    boolean remove(SessionTokenHash hash);

    /** Ends every session of a user (deactivation, password change); returns how many. */
    long removeOfUser(UserId user);

    /**
     * Ends every session of a user but one (the caller's own, when they change their password);
     * returns how many.
     */
    long removeOfUserExcept(UserId user, SessionTokenHash kept);

    /** Deletes the sessions expired at {@code now}; returns how many. */
    long purgeExpired(Instant now);
}
