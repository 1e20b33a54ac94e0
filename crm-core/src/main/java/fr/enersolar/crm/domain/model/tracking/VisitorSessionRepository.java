package fr.enersolar.crm.domain.model.tracking;

import java.util.Optional;

/**
 * The visitor sessions the tracking calls open and update.
 *
 * <p>For lead intake: a submission that carries {@code session_id} reads the session with {@link
 * #find(VisitorSessionId)} (after {@link VisitorSessionId#parse(String)}, which turns a malformed
 * id into "no session") and copies {@link VisitorSession#firstTouch()} and {@link
 * VisitorSession#lastTouch()} onto the lead. An unknown id simply means no attribution.
 */
public interface VisitorSessionRepository {

    /** The session with this id, if the server ever opened it. */
    Optional<VisitorSession> find(VisitorSessionId id);

    /**
     * Inserts or replaces the session. The last writer wins: two events of one visitor arriving in
     * the same instant may count as one.
     */
    void store(VisitorSession session);
}
