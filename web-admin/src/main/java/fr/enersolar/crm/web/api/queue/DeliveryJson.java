package fr.enersolar.crm.web.api.queue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.service.CircuitBreaker;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JSON of the delivery queue and the staff actions' answers. */
public final class DeliveryJson {

    private DeliveryJson() {}

    /** A lead as the queue shows it (the key masked as {@code ****} + its last 4 characters). */
    static JsonObjectBuilder item(Lead lead, String maskedKey, Instant now) {
        return JSON.createObjectBuilder()
                .add("id", lead.id().value())
                .add("lead_id", lead.id().value())
                .add("status", lead.apiStatus())
                .add("target_crm_id", lead.targetCrm().map(c -> c.value()).orElse(""))
                .add("target_crm_slug", lead.targetCrmSlug().map(s -> s.value()).orElse(""))
                .add("routing_reason", text(lead.routingReason()))
                .add("api_key", maskedKey)
                .add("retry_count", lead.deliveryAttempts())
                .add("delivery_attempts", lead.deliveryAttempts())
                .add("next_retry_at", instant(lead.nextAttemptAt()))
                .add("last_attempt_at", instant(lead.lastAttemptAt()))
                .add("processing", lead.leasedAt(now))
                .add("last_error", lead.sentToCrm() ? "" : text(lead.apiResponse()))
                .add("created_at", lead.createdAt().toString());
    }

    /** The breakers as health and the admin API show them. */
    public static JsonArrayBuilder breakers(List<CircuitBreaker.Snapshot> snapshots) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (CircuitBreaker.Snapshot s : snapshots) {
            array.add(
                    JSON.createObjectBuilder()
                            .add("partner", s.partner().value())
                            .add("state", s.state().wire())
                            .add("consecutive_failures", s.consecutiveFailures())
                            .add("opened_at", instant(s.openedAt()))
                            .add("retry_at", instant(s.retryAt())));
        }
        return array;
    }

    /** The answer to a retry or a force-send (SPEC-seed §10's keys). */
    static Response actionResult(DeliveryActions.Result result) {
        DeliveryActions.Outcome outcome = result.outcome();
        String message = outcome.message();
        return switch (outcome) {
            case LEAD_NOT_FOUND, CRM_NOT_FOUND -> ErrorResponses.detail(404, message);
            case BUSY, NOT_RETRYABLE -> ErrorResponses.detail(409, message);
            case FORM_NOT_FOUND, NO_TARGET ->
                    Response.ok(
                                    JSON.createObjectBuilder()
                                            .add("success", false)
                                            .add("error", message)
                                            .add(
                                                    "status",
                                                    result.lead().map(Lead::apiStatus).orElse(""))
                                            .build())
                            .build();
            case QUEUED -> {
                Lead lead = result.lead().orElseThrow();
                yield Response.ok(
                                JSON.createObjectBuilder()
                                        .add("success", true)
                                        .add("lead_id", lead.id().value())
                                        .add("status", lead.apiStatus())
                                        .add(
                                                "crm",
                                                lead.targetCrmSlug().map(s -> s.value()).orElse(""))
                                        .add("message", message)
                                        .build())
                        .build();
            }
        };
    }

    private static String instant(Optional<Instant> at) {
        return at.map(Instant::toString).orElse("");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
