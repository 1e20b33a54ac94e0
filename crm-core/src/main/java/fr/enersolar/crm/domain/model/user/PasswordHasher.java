package fr.enersolar.crm.domain.model.user;

/**
 * Turns passwords into salted slow hashes and checks them. Implementations never log a password.
 */
public interface PasswordHasher {

    /** A new salted hash of {@code password}, self-describing (algorithm and cost included). */
    String hash(char[] password);

    /** True when {@code password} matches {@code storedHash}; false for any malformed hash. */
    boolean matches(char[] password, String storedHash);
}
