package fr.enersolar.crm.web.health;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.setup.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Liveness and readiness in the MicroProfile Health JSON shape: {@code /health/live} answers while
 * the application runs; {@code /health/ready} answers 503 until the store answers and is prepared.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject Readiness readiness;

    @GET
    @Path("live")
    public Response live() {
        return Response.ok(report(true, check("application", true, null))).build();
    }

    @GET
    @Path("ready")
    public Response ready() {
        boolean up = readiness.ready();
        JsonObject body = report(up, check("store", up, readiness.lastProblem()));
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .build();
    }

    private static JsonObject report(boolean up, JsonObject check) {
        return JSON.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", JSON.createArrayBuilder().add(check))
                .build();
    }

    private static JsonObject check(String name, boolean up, String problem) {
        JsonObjectBuilder check =
                JSON.createObjectBuilder().add("name", name).add("status", up ? "UP" : "DOWN");
        if (problem != null) {
            check.add("data", JSON.createObjectBuilder().add("reason", problem));
        }
        return check.build();
    }
}
