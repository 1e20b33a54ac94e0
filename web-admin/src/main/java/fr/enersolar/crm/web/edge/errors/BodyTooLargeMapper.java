package fr.enersolar.crm.web.edge.errors;

import fr.enersolar.crm.web.edge.RequestBodyTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body that crossed the 64 KiB limit while it was read: 413. */
public class BodyTooLargeMapper implements ExceptionMapper<RequestBodyTooLargeException> {

    @Override
    public Response toResponse(RequestBodyTooLargeException failure) {
        return ErrorResponses.tooLarge();
    }
}
