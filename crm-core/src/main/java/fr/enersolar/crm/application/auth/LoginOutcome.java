package fr.enersolar.crm.application.auth;

import fr.enersolar.crm.domain.model.user.User;
import java.time.Instant;

/** What a login attempt gave. */
public sealed interface LoginOutcome {

    /**
     * The credentials were right: a new session whose clear token is given only here.
     *
     * @param token the clear bearer token (only its hash is stored)
     * @param user the user, as stored
     * @param expiresAt when the session ends
     */
    record LoggedIn(String token, User user, Instant expiresAt) implements LoginOutcome {}

    /** Unknown e-mail or wrong password: the two are not told apart. */
    record BadCredentials() implements LoginOutcome {}

    /** The password was right but the account is deactivated (SPEC-seed §4.1). */
    record Deactivated() implements LoginOutcome {}

    /**
     * Too many failures in a row: no password is checked until {@code until}.
     *
     * @param until when logins are accepted again
     */
    record Locked(Instant until) implements LoginOutcome {}
}
