package fr.enersolar.crm.web.edge.errors;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.web.edge.RequestBodyTooLargeException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
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
        return json(status, JSON.createObjectBuilder().add("detail", detail).build());
    }

    /** 400 naming the field and the reason. */
    public static Response invalid(String field, String reason) {
        return json(
                400,
                JSON.createObjectBuilder()
                        .add(
                                "detail",
                                JSON.createArrayBuilder()
                                        .add(
                                                JSON.createObjectBuilder()
                                                        .add("field", field)
                                                        .add("reason", reason)))
                        .build());
    }

    /** 413 for a body over the limit. */
    public static Response tooLarge() {
        return detail(413, "Corps de requête trop volumineux (64 Kio au maximum)");
    }

    /**
     * 400 for a body that is not the JSON expected: the parser's own words for a syntax error (they
     * give the position), a fixed reason otherwise, so no class name of ours leaks out.
     */
    public static Response malformedJson(Throwable failure) {
        if (bodyTooLarge(failure)) {
            return tooLarge();
        }
        return invalid("body", "JSON invalide: " + reasonOf(failure));
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
                JSON.createObjectBuilder()
                        .add("detail", "Erreur interne")
                        .add("error_id", errorId)
                        .build());
    }

    /**
     * Whether the body-size limit tripped somewhere below {@code failure} (a JSON reader may have
     * wrapped it).
     */
    static boolean bodyTooLarge(Throwable failure) {
        return find(failure, RequestBodyTooLargeException.class) != null;
    }

    /**
     * Whether a JSON-P or JSON-B failure, or a body that could not be read (empty, cut short), sits
     * in the chain of {@code failure}.
     */
    static boolean unreadableBody(Throwable failure) {
        return find(failure, JsonException.class) != null
                || find(failure, JsonbException.class) != null
                || find(failure, IOException.class) != null;
    }

    /** What the client is told about a body that could not be read. */
    static String reasonOf(Throwable failure) {
        JsonParsingException syntax = find(failure, JsonParsingException.class);
        if (syntax != null && syntax.getMessage() != null && !syntax.getMessage().isBlank()) {
            return oneLine(syntax.getMessage());
        }
        if (find(failure, NoContentException.class) != null) {
            return "corps vide";
        }
        if (find(failure, JsonException.class) == null
                && find(failure, JsonbException.class) == null) {
            return "corps illisible";
        }
        return "structure ou type de valeur inattendu";
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A message on one line, and short. */
    private static String oneLine(String message) {
        String flat = message.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX_REASON_LENGTH
                ? flat
                : flat.substring(0, MAX_REASON_LENGTH) + "…";
    }

    private static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
