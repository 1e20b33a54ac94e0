package fr.enersolar.crm.domain.model.shared;

/** Raised when storing a document whose unique code (LP code, form code, slug) is already taken. */
public class CodeAlreadyUsedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CodeAlreadyUsedException(String code, Throwable cause) {
        super("Code already used: " + code, cause);
    }
}
