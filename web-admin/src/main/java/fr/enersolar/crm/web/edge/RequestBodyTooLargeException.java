package fr.enersolar.crm.web.edge;

/**
 * A request body beyond {@link BodySizeLimit#MAX_BYTES}, found while it is read. A JSON reader may
 * wrap it in its own exception: the error mappers look for it down the cause chain and answer 413.
 */
public class RequestBodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestBodyTooLargeException() {
        super("Request body over " + BodySizeLimit.MAX_BYTES + " bytes");
    }
}
