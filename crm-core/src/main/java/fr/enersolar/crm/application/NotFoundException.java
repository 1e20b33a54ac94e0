package fr.enersolar.crm.application;

/**
 * The entity a request names does not exist: the French message is the seed's 404 {@code {"detail":
 * "…"}} ({@code Utilisateur non trouvé}…).
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
