package fr.enersolar.crm.connector.http;

import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.connector.spi.DeliveryResult.Outcome;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a partner's answer is classified, in this order (PRODUCT.md, SPEC-seed §8 and §19):
 *
 * <ol>
 *   <li>HTTP 201: accepted, whatever the body (a non-JSON 201 is still a success);
 *   <li>a body containing "doublon" (any case), whatever the status: duplicate, which counts as
 *       delivered;
 *   <li>401 or 403: the key was refused ({@code auth_error}), final;
 *   <li>400 or 422: the lead was refused ({@code validation_error}), final;
 *   <li>408: {@code timeout}, 429: {@code rate_limited}, 5xx: {@code server_error}, all retried;
 *   <li>anything else (200 without "doublon", 404…): {@code failed}, final.
 * </ol>
 *
 * Without an answer, a timeout is {@code timeout} and any other transport failure (connection
 * refused, unknown host, TLS) is {@code connection_error}, both retried.
 *
 * <p>A JSON object answer may carry the partner's reference for the lead under {@code id}, {@code
 * lead_id}, {@code reference} or {@code uuid} (at the top level or under {@code data}).
 */
public final class PartnerResponses {

    private static final List<String> REFERENCE_NAMES =
            List.of("id", "lead_id", "reference", "uuid");

    private PartnerResponses() {}

    /**
     * Classifies an answer.
     *
     * @param json the JSON-P provider to read the body with
     * @param status the HTTP status
     * @param body the body as text, possibly empty or not JSON
     * @return a result builder with outcome, reason, status and reference set
     */
    public static DeliveryResult.Builder classify(JsonProvider json, int status, String body) {
        DeliveryResult.Builder result = builderFor(status, body).httpStatus(status);
        if (status == 201 || isDuplicate(body)) {
            reference(json, body).ifPresent(result::partnerReference);
        }
        return result;
    }

    private static DeliveryResult.Builder builderFor(int status, String body) {
        if (status == 201) {
            return DeliveryResult.builder(Outcome.ACCEPTED);
        }
        if (isDuplicate(body)) {
            return DeliveryResult.builder(Outcome.DUPLICATE);
        }
        if (status == 401 || status == 403) {
            return DeliveryResult.builder(Outcome.AUTH_FAILED);
        }
        if (status == 400 || status == 422) {
            return DeliveryResult.builder(Outcome.REJECTED)
                    .reason(DeliveryResult.REASON_VALIDATION_ERROR);
        }
        if (status == 408) {
            return DeliveryResult.builder(Outcome.RETRYABLE).reason(DeliveryResult.REASON_TIMEOUT);
        }
        if (status == 429) {
            return DeliveryResult.builder(Outcome.RETRYABLE)
                    .reason(DeliveryResult.REASON_RATE_LIMITED);
        }
        if (status >= 500) {
            return DeliveryResult.builder(Outcome.RETRYABLE)
                    .reason(DeliveryResult.REASON_SERVER_ERROR);
        }
        return DeliveryResult.builder(Outcome.REJECTED).reason(DeliveryResult.REASON_FAILED);
    }

    private static boolean isDuplicate(String body) {
        return body.toLowerCase(Locale.ROOT).contains("doublon");
    }

    /**
     * Classifies a failure to get an answer.
     *
     * @param failure what the client threw
     * @return a retryable result builder with reason and French error text set
     */
    public static DeliveryResult.Builder classify(Throwable failure) {
        Throwable cause = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            cause = t;
            if (t instanceof InterruptedIOException) {
                // SocketTimeoutException and HttpTimeoutException are both InterruptedIOExceptions.
                return DeliveryResult.builder(Outcome.RETRYABLE)
                        .reason(DeliveryResult.REASON_TIMEOUT)
                        .response("Timeout : " + describe(t));
            }
        }
        return DeliveryResult.builder(Outcome.RETRYABLE)
                .reason(DeliveryResult.REASON_CONNECTION_ERROR)
                .response("Erreur connexion : " + describe(cause));
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        String name = t.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    private static Optional<String> reference(JsonProvider json, String body) {
        String text = body.strip();
        if (!text.startsWith("{")) {
            return Optional.empty();
        }
        try (var reader = json.createReader(new StringReader(text))) {
            JsonObject object = reader.readObject();
            Optional<String> top = referenceIn(object);
            if (top.isPresent()) {
                return top;
            }
            JsonValue data = object.get("data");
            return data instanceof JsonObject nested ? referenceIn(nested) : Optional.empty();
        } catch (JsonException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> referenceIn(JsonObject object) {
        for (String name : REFERENCE_NAMES) {
            JsonValue value = object.get(name);
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                return Optional.of(s.getString());
            }
            if (value instanceof JsonNumber n) {
                return Optional.of(n.toString());
            }
        }
        return Optional.empty();
    }
}
