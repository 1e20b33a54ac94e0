package fr.enersolar.crm.web.edge.errors;

import fr.enersolar.crm.application.InvalidInputException;
import fr.enersolar.crm.application.NotFoundException;
import fr.enersolar.crm.application.RefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The application layer's refusals as the seed's error bodies, so resources stay thin: a field
 * problem is 400 {@code {"detail": [{field, reason}]}}, a refused request 400 {@code {"detail":
 * "…"}}, an unknown entity 404 {@code {"detail": "…"}}.
 */
public final class ApplicationFailureMappers {

    private ApplicationFailureMappers() {}

    /** 400 naming the field. */
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException failure) {
            return ErrorResponses.invalid(failure.field(), failure.reason());
        }
    }

    /** 400 with the rule's message. */
    public static class Refused implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException failure) {
            return ErrorResponses.detail(400, failure.getMessage());
        }
    }

    /** 404 with the seed's message. */
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException failure) {
            return ErrorResponses.detail(404, failure.getMessage());
        }
    }
}
