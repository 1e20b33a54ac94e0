package fr.enersolar.crm.domain.model.user;

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
}
