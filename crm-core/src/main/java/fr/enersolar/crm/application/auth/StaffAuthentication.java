package fr.enersolar.crm.application.auth;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.session.Session;
import fr.enersolar.crm.domain.model.session.SessionId;
import fr.enersolar.crm.domain.model.session.SessionRepository;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.PasswordHasher;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Staff login, bearer sessions and logout (SPEC-seed §4.1, with PRODUCT.md's fixes): tokens are
 * 256-bit random strings of which only the SHA-256 is stored; sessions expire; an account is locked
 * for a while after too many failures in a row; a deactivated user's token stops working at the
 * next request, whatever its session says.
 */
@ApplicationScoped
public class StaffAuthentication {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private UserRepository users;
    private SessionRepository sessions;
    private ActivityJournal activity;
    private PasswordHasher hasher;
    private Clock clock;
    private Duration sessionLength;
    private int maxFailures;
    private Duration lockout;
    private volatile String dummyHash;

    /** For CDI. */
    protected StaffAuthentication() {}

    @Inject
    public StaffAuthentication(
            UserRepository users,
            SessionRepository sessions,
            ActivityJournal activity,
            PasswordHasher hasher,
            Clock clock,
            CrmConfig config) {
        this(
                users,
                sessions,
                activity,
                hasher,
                clock,
                Duration.ofDays(config.intValue(ConfigKey.SESSION_DAYS)),
                config.intValue(ConfigKey.LOGIN_MAX_FAILURES),
                Duration.ofMinutes(config.intValue(ConfigKey.LOGIN_LOCKOUT_MINUTES)));
    }

    public StaffAuthentication(
            UserRepository users,
            SessionRepository sessions,
            ActivityJournal activity,
            PasswordHasher hasher,
            Clock clock,
            Duration sessionLength,
            int maxFailures,
            Duration lockout) {
        if (sessionLength.isNegative() || sessionLength.isZero()) {
            throw new IllegalArgumentException("sessions must last some time");
        }
        this.users = users;
        this.sessions = sessions;
        this.activity = activity;
        this.hasher = hasher;
        this.clock = clock;
        this.sessionLength = sessionLength;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /**
     * Checks the credentials and opens a session. The e-mail is trimmed and lower-cased; a locked
     * account is refused before any password check; a deactivated one only after it (as the seed).
     */
    public LoginOutcome login(String email, char[] password, String clientIp) {
        Optional<User> found = parseEmail(email).flatMap(users::findByEmail);
        if (found.isEmpty()) {
            // Spend the time a real check takes, so response times do not reveal known e-mails.
            hasher.matches(password, dummyHash());
            return new LoginOutcome.BadCredentials();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.isLockedAt(now)) {
            return new LoginOutcome.Locked(user.lockedUntil());
        }
        if (!hasher.matches(password, user.passwordHash())) {
            int failures = users.countFailedLogin(user.id());
            if (maxFailures > 0 && failures >= maxFailures) {
                Instant until = now.plus(lockout);
                users.lockUntil(user.id(), until);
                return new LoginOutcome.Locked(until);
            }
            return new LoginOutcome.BadCredentials();
        }
        if (!user.active()) {
            return new LoginOutcome.Deactivated();
        }
        String token = newToken();
        Instant expires = now.plus(sessionLength);
        sessions.store(
                new Session(
                        SessionId.generate(), SessionTokenHash.of(token), user.id(), now, expires));
        users.loggedIn(user.id(), now);
        activity.record(
                StaffIdentity.of(user).actor(),
                ActivityAction.LOGIN,
                new Subject("user", user.id().value(), user.email().value()),
                Map.of(),
                clientIp);
        return new LoginOutcome.LoggedIn(token, user, expires);
    }

    /**
     * The active staff member a bearer token belongs to, read from the store now; empty for an
     * unknown, expired or malformed token, or a user who is no longer active.
     */
    public Optional<StaffIdentity> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return sessions.findByTokenHash(SessionTokenHash.of(token))
                .filter(session -> !session.isExpiredAt(now))
                .flatMap(session -> users.find(session.user()))
                .filter(User::active)
                .map(StaffIdentity::of);
    }

    /** Ends the session of this token; true when there was one. */
    public boolean logout(String token) {
        if (token == null || token.isBlank() || token.length() > 512) {
            return false;
        }
        return sessions.remove(SessionTokenHash.of(token));
    }

    private static Optional<Email> parseEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Email(email));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A real hash of a password nobody knows, checked when the e-mail is unknown. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash(newToken().toCharArray());
            dummyHash = hash;
        }
        return hash;
    }
}
