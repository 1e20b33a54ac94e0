package fr.enersolar.crm.web.edge.errors;

import fr.enersolar.crm.web.edge.RequestBodyTooLargeException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON error bodies of the API, in the seed's shape: {@code {"detail": "…"}}, or for bad input
 * {@code {"detail": [{"field", "reason"}]}}. Never a stack trace: an unexpected failure is logged
 * once with an error id, and the answer carries only that id.
 */
public final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

    /** How much of a parser's message the client sees. */
    private static final int MAX_REASON_LENGTH = 200;

    /** How deep a cause chain is searched (chains can be cyclic in theory). */
    private static final int MAX_CAUSE_DEPTH = 20;

    private ErrorResponses() {}

    /** {@code status} with {@code {"detail": detail}}. */
    public static Response detail(int status, String detail) {
        return json(status, Json.createObjectBuilder().add("detail", detail).build());
    }

    /** 400 naming the field and the reason. */
    public static Response invalid(String field, String reason) {
        return json(
                400,
                Json.createObjectBuilder()
                        .add(
                                "detail",
                                Json.createArrayBuilder()
                                        .add(
                                                Json.createObjectBuilder()
                                                        .add("field", field)
                                                        .add("reason", reason)))
                        .build());
    }

    /** 413 for a body over the limit. */
    public static Response tooLarge() {
        return detail(413, "Corps de requête trop volumineux (64 Kio au maximum)");
    }

    /** 400 for a body that is not the JSON expected, with the parser's own words. */
    public static Response malformedJson(Throwable failure) {
        if (bodyTooLarge(failure)) {
            return tooLarge();
        }
        return invalid("body", "JSON invalide: " + deepestMessage(failure));
    }

    /** 500 with a fresh error id; the failure is logged with that id, once. */
    public static Response unexpected(Throwable failure) {
        if (bodyTooLarge(failure)) {
            return tooLarge();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, error id " + errorId, failure);
        return json(
                500,
                Json.createObjectBuilder()
                        .add("detail", "Erreur interne")
                        .add("error_id", errorId)
                        .build());
    }

    /**
     * Whether the body-size limit tripped somewhere below {@code failure} (a JSON reader may have
     * wrapped it).
     */
    static boolean bodyTooLarge(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof RequestBodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Whether a JSON-P or JSON-B failure sits somewhere in the chain of {@code failure}. */
    static boolean jsonFailure(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof JsonException || t instanceof JsonbException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message of the chain (the parser's, usually), on one line and short. */
    static String deepestMessage(Throwable failure) {
        String message = null;
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return "corps illisible";
        }
        String oneLine = message.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_REASON_LENGTH
                ? oneLine
                : oneLine.substring(0, MAX_REASON_LENGTH) + "…";
    }

    private static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
