package fr.enersolar.crm.domain.model.user;

/** Two users cannot share an e-mail address. */
public class DuplicateEmailException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateEmailException(Email email) {
        super("Cet email existe déjà: " + email.value());
    }
}
