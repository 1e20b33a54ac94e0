package fr.enersolar.crm.web.api.activity;

import fr.enersolar.crm.application.activity.ActivityLogs;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The activity log for administrators (SPEC-seed §4.4): {@code GET /api/auth/activity-logs} with
 * {@code user_id}, {@code entity_type}, {@code action}, {@code limit} (default 100, at most 500)
 * and {@code skip}, newest first → {@code {logs, total, limit, skip}}. Filtered, counted and paged
 * by the store. A malformed filter is a 400 naming it (the seed ignored nothing and matched
 * nothing).
 */
@Path("auth/activity-logs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal d'activité")
@SecurityRequirement(name = "bearer")
public class ActivityLogsResource {

    @Inject ActivityLogs activityLogs;

    @GET
    @Requires(value = Section.USERS, access = Access.ADMIN)
    public JsonObject list(
            @QueryParam("user_id") String userId,
            @QueryParam("entity_type") String entityType,
            @QueryParam("action") String action,
            @QueryParam("limit") String limit,
            @QueryParam("skip") String skip) {
        return ActivityLogJson.listing(
                activityLogs, userId, entityType, action, limit, skip, false);
    }
}
