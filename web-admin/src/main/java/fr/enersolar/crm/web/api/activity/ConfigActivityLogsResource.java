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
 * The settings' view of the activity log (SPEC-seed §4.4): {@code GET /api/config/activity-logs}
 * with {@code limit} (default 100, at most 500), {@code user_id}, {@code action}, plus {@code
 * entity_type} and {@code skip} → {@code {logs, count}} as in the seed, plus {@code total}, {@code
 * limit} and {@code skip}. Security fix: the seed let any logged-in user read everyone's actions
 * and IP addresses; it now needs the {@code users} section open (read access), so an administrator
 * can grant it to a staff member who may read the log without managing accounts.
 */
@Path("config/activity-logs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Journal d'activité")
@SecurityRequirement(name = "bearer")
public class ConfigActivityLogsResource {

    @Inject ActivityLogs activityLogs;

    @GET
    @Requires(value = Section.USERS, access = Access.READ)
    public JsonObject list(
            @QueryParam("user_id") String userId,
            @QueryParam("entity_type") String entityType,
            @QueryParam("action") String action,
            @QueryParam("limit") String limit,
            @QueryParam("skip") String skip) {
        return ActivityLogJson.listing(activityLogs, userId, entityType, action, limit, skip, true);
    }
}
