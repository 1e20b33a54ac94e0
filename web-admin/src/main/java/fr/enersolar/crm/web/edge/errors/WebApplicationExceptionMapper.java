package fr.enersolar.crm.web.edge.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * The HTTP errors the JAX-RS runtime and resources raise without a body of their own (404, 405,
 * 415, …): the same status with a JSON {@code detail}. (An exception that carries a body is sent as
 * it is, without reaching any mapper.) A 5xx is an unexpected failure: logged with an error id.
 */
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException failure) {
        if (ErrorResponses.bodyTooLarge(failure)) {
            return ErrorResponses.tooLarge();
        }
        Response original = failure.getResponse();
        if (original != null
                && original.getStatus() == 400
                && ErrorResponses.unreadableBody(failure)) {
            return ErrorResponses.malformedJson(failure);
        }
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return ErrorResponses.unexpected(failure);
        }
        Response mapped =
                switch (status) {
                    case 404 -> ErrorResponses.detail(404, "Not Found");
                    case 405 -> ErrorResponses.detail(405, "Méthode non autorisée");
                    case 406 -> ErrorResponses.detail(406, "Type de réponse non disponible");
                    case 413 -> ErrorResponses.tooLarge();
                    case 415 ->
                            ErrorResponses.detail(
                                    415, "Type de contenu non pris en charge: envoyer du JSON");
                    default -> ErrorResponses.detail(status, detailOf(failure, original));
                };
        return withHeadersOf(original, mapped);
    }

    /** The exception's own message when a resource gave one, else the status's reason. */
    private static String detailOf(WebApplicationException failure, Response original) {
        String message = failure.getMessage();
        if (message != null && !message.isBlank() && !message.startsWith("HTTP ")) {
            return message;
        }
        return original.getStatusInfo().getReasonPhrase();
    }

    /** Keeps what the status means in headers ({@code Allow} on 405, {@code Retry-After}, …). */
    private static Response withHeadersOf(Response original, Response mapped) {
        Response.ResponseBuilder builder = Response.fromResponse(mapped);
        original.getHeaders()
                .forEach(
                        (name, values) -> {
                            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                                    && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                                values.forEach(v -> builder.header(name, v));
                            }
                        });
        return builder.build();
    }
}
