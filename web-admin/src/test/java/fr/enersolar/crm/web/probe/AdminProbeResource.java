package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** Test-only: makes CRMs and reads the activity log, for the admin API's integration tests. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminProbeResource {

    @Inject CrmRepository crms;
    @Inject ActivityLogRepository activity;
    @Inject Clock clock;
    @Inject ConnectorRegistry registry;
    @Inject fr.enersolar.crm.infrastructure.store.MongoStore store;

    /** The connector the registry hands delivery for this CRM, by its {@code toString()}. */
    @GET
    @Path("crms/{id}/live-connector")
    public JsonObject liveConnector(@PathParam("id") String id) {
        return registry.connectorFor(new CrmId(id))
                .map(
                        c ->
                                Json.createObjectBuilder()
                                        .add("present", true)
                                        .add("description", c.toString()))
                .orElseGet(() -> Json.createObjectBuilder().add("present", false))
                .build();
    }

    /** The CRM's document as stored, for checks that a secret is not kept in clear. */
    @GET
    @Path("crms/{id}/stored")
    public String storedCrm(@PathParam("id") String id) {
        org.bson.Document stored =
                store.database()
                        .getCollection("crms")
                        .find(com.mongodb.client.model.Filters.eq("_id", id))
                        .first();
        return stored == null ? "{}" : stored.toJson();
    }

    /** Stores a CRM with this name and slug; answers its id. */
    @POST
    @Path("crms")
    public JsonObject createCrm(@QueryParam("name") String name, @QueryParam("slug") String slug) {
        Crm crm =
                new Crm(
                        CrmId.generate(),
                        name,
                        new CrmSlug(slug),
                        "https://" + slug + ".example/lead/api/create_lead/",
                        clock.instant());
        crms.store(crm);
        return Json.createObjectBuilder().add("id", crm.id().value()).build();
    }

    /** The latest activity entries about a subject id, newest first, details as text. */
    @GET
    @Path("activity")
    public JsonObject activity(@QueryParam("subject") String subject) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (ActivityLog entry : activity.recent(0, 200)) {
            if (entry.subject().id().equals(subject)) {
                entries.add(
                        Json.createObjectBuilder()
                                .add("action", entry.action().wire())
                                .add("type", entry.subject().type())
                                .add("actor", entry.actor().email())
                                .add("details", String.valueOf(entry.details())));
            }
        }
        return Json.createObjectBuilder().add("entries", entries).build();
    }
}
