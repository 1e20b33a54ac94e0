package fr.enersolar.crm.domain.model.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The staff members who log in to the admin UI and API. */
public interface UserRepository {

    /**
     * Adds a new user.
     *
     * @throws DuplicateEmailException when another user already has this e-mail
     */
    void add(User user);

    /** Replaces a stored user. */
    void store(User user);

    Optional<User> find(UserId id);

    Optional<User> findByEmail(Email email);

    List<User> all(int offset, int limit);

    long count();

    /**
     * Counts one more failed login of the user, atomically in the store (parallel attempts each
     * count), and returns the new count.
     */
    int countFailedLogin(UserId id);

    /** Locks the user's logins until {@code until} and starts the failure count again. */
    void lockUntil(UserId id, Instant until);

    /** Records a successful login: failures forgotten, lock lifted, {@code last_login_at} set. */
    void loggedIn(UserId id, Instant at);
}
