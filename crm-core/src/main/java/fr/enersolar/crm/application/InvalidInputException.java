package fr.enersolar.crm.application;

/**
 * A request that cannot be carried out as sent because of one field: names the field and the reason
 * (French, shown to the staff member; the web layer answers 400 {@code {"detail": [{field,
 * reason}]}}).
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
