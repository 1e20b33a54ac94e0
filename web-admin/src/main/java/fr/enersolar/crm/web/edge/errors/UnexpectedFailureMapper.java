package fr.enersolar.crm.web.edge.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Anything no other mapper claims: 500 {@code {"detail":"Erreur interne","error_id":…}}, the stack
 * trace logged once under that id, never sent.
 */
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable failure) {
        return ErrorResponses.unexpected(failure);
    }
}
