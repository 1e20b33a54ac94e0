package fr.enersolar.crm.domain.model.shared;

/**
 * A sealed secret that does not open: sealed with another key (the secrets key was changed or
 * lost), altered in the store, or never sealed. The message never contains the secret.
 */
public class SecretUnreadableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretUnreadableException(String message) {
        super(message);
    }

    public SecretUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
