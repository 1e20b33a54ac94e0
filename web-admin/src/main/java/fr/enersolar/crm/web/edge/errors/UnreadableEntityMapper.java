package fr.enersolar.crm.web.edge.errors;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The JAX-RS runtime failed to turn the request body into the resource's parameter (it wraps the
 * JSON reader's failure, or the connection's, in this exception): 400 naming the body. Any other
 * processing failure is ours: 500, logged with an error id.
 */
public class UnreadableEntityMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException failure) {
        if (ErrorResponses.unreadableBody(failure) || ErrorResponses.bodyTooLarge(failure)) {
            return ErrorResponses.malformedJson(failure);
        }
        return ErrorResponses.unexpected(failure);
    }
}
