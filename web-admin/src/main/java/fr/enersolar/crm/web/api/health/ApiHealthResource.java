package fr.enersolar.crm.web.api.health;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.application.health.SystemHealth;
import fr.enersolar.crm.application.health.SystemHealthReport;
import fr.enersolar.crm.web.api.queue.DeliveryJson;
import fr.enersolar.crm.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health} with the seed's keys (SPEC-seed §5.1). Unlike the seed, an unhealthy
 * store answers 503 (same body), so monitors need not parse it.
 */
@PublicEndpoint
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiHealthResource {

    @Inject SystemHealthReport report;
    @Inject DeliveryActions actions;

    @GET
    public Response health() {
        SystemHealth health = report.snapshot();
        JsonObjectBuilder checks =
                JSON.createObjectBuilder()
                        .add("mongodb", health.healthy() ? "ok" : health.storeError())
                        .add(
                                "leads",
                                JSON.createObjectBuilder()
                                        .add("total", health.leadsTotal())
                                        .add("today", health.leadsToday()));
        JsonObjectBuilder queue = JSON.createObjectBuilder();
        health.delivery().forEach(queue::add);
        checks.add("queue", queue);
        checks.add("circuit_breakers", DeliveryJson.breakers(actions.breakers()));
        return Response.status(health.healthy() ? 200 : 503)
                .entity(
                        JSON.createObjectBuilder()
                                .add("status", health.healthy() ? "healthy" : "unhealthy")
                                .add("timestamp", health.at().toString())
                                .add("checks", checks)
                                .build())
                .build();
    }
}
