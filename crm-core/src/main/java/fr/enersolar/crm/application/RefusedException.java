package fr.enersolar.crm.application;

/**
 * A request that breaks a rule about the whole request rather than one field (deleting one's own
 * account, a slug already taken): the French message is the seed's 400 {@code {"detail": "…"}}.
 */
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
