package fr.enersolar.crm.web.api.activity;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.InvalidInputException;
import fr.enersolar.crm.application.activity.ActivityLogs;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogFilter;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.web.api.json.JsonValues;
import fr.enersolar.crm.web.api.json.QueryParams;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Activity log entries as SPEC-seed §1.12 shows them, and the filters of §4.4 read from a query.
 */
final class ActivityLogJson {

    private ActivityLogJson() {}

    static JsonObject entry(ActivityLog log) {
        return JSON.createObjectBuilder()
                .add("id", log.id().value())
                .add("user_id", log.actor().user().value())
                .add("user_email", log.actor().email())
                .add("user_nom", log.actor().nom())
                .add("action", log.action().wire())
                .add("entity_type", log.subject().type())
                .add("entity_id", log.subject().id())
                .add("entity_name", log.subject().name())
                .add("details", JsonValues.of(log.details()))
                .add("ip_address", log.ipAddress())
                .add("created_at", log.createdAt().toString())
                .build();
    }

    static JsonArrayBuilder entries(ActivityLogs.Page page) {
        JsonArrayBuilder logs = JSON.createArrayBuilder();
        page.logs().forEach(l -> logs.add(entry(l)));
        return logs;
    }

    /** The filter of {@code user_id}, {@code entity_type} and {@code action}; 400 if malformed. */
    /**
     * One page of the log for the query parameters of both list endpoints: {@code logs}, then
     * {@code count} (the page's length, when {@code withCount}), {@code total}, {@code limit},
     * {@code skip}.
     */
    static JsonObject listing(
            ActivityLogs activityLogs,
            String userId,
            String entityType,
            String action,
            String limit,
            String skip,
            boolean withCount) {
        int size = QueryParams.intParam("limit", limit, 100, 1, ActivityLogs.MAX_PAGE);
        int from = QueryParams.intParam("skip", skip, 0, 0, Integer.MAX_VALUE);
        ActivityLogs.Page page = activityLogs.page(filter(userId, entityType, action), from, size);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("logs", entries(page));
        if (withCount) {
            json.add("count", page.logs().size());
        }
        return json.add("total", page.total()).add("limit", size).add("skip", from).build();
    }

    static ActivityLogFilter filter(String userId, String entityType, String action) {
        Optional<UserId> user =
                Optional.ofNullable(QueryParams.text(userId)).map(ActivityLogJson::user);
        Optional<String> type = Optional.ofNullable(QueryParams.text(entityType));
        if (type.isPresent() && type.get().length() > 50) {
            throw new InvalidInputException("entity_type", "au plus 50 caractères");
        }
        Optional<ActivityAction> act =
                Optional.ofNullable(QueryParams.text(action)).map(ActivityLogJson::action);
        return new ActivityLogFilter(user, type, act);
    }

    private static UserId user(String id) {
        try {
            return new UserId(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("user_id", "identifiant d'utilisateur invalide");
        }
    }

    private static ActivityAction action(String wire) {
        try {
            return ActivityAction.fromWire(wire);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "action",
                    "doit être "
                            + Arrays.stream(ActivityAction.values())
                                    .map(ActivityAction::wire)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
