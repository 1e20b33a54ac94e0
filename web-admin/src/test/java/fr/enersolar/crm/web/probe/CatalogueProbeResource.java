package fr.enersolar.crm.web.probe;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;

/**
 * Test-only set-up and inspection for the catalogue API tests: CRMs with fresh slugs, raw tracking
 * events and leads for the figures, the stored form documents (to see what is at rest) and the
 * activity log entries of one entity.
 */
@Path("catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueProbeResource {

    @Inject CrmRepository crms;
    @Inject MongoStore store;

    /** A new CRM with a fresh slug; answers its id. */
    @POST
    @Path("crm")
    public JsonObject crm() {
        String slug = "t" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        Crm crm =
                new Crm(
                        CrmId.generate(),
                        "CRM " + slug,
                        new CrmSlug(slug),
                        "https://partner.example/" + slug,
                        Instant.now());
        crms.store(crm);
        return Json.createObjectBuilder().add("id", crm.id().value()).add("slug", slug).build();
    }

    /** Deletes every CRM, so {@code /api/crms/init} meets an empty collection. */
    @DELETE
    @Path("crms")
    public Response noCrm() {
        store.database().getCollection("crms").deleteMany(new Document());
        return Response.noContent().build();
    }

    /** {@code count} tracking events of a type for an LP or form code. */
    @POST
    @Path("events")
    public Response events(
            @QueryParam("event") String event,
            @QueryParam("lp_code") String lpCode,
            @QueryParam("form_code") String formCode,
            @QueryParam("count") int count) {
        List<Document> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(
                    new Document("_id", UUID.randomUUID().toString())
                            .append("event", event)
                            .append("lp_code", lpCode)
                            .append("form_code", formCode)
                            .append("created_at", new java.util.Date()));
        }
        store.database().getCollection("tracking").insertMany(events);
        return Response.noContent().build();
    }

    /** A lead of a form with a delivery status and the sent flag. */
    @POST
    @Path("leads")
    public Response lead(
            @QueryParam("form_code") String formCode,
            @QueryParam("api_status") String apiStatus,
            @QueryParam("sent") boolean sent) {
        store.database()
                .getCollection("leads")
                .insertOne(
                        new Document("_id", UUID.randomUUID().toString())
                                .append("form_code", formCode)
                                .append("api_status", apiStatus)
                                .append("sent_to_crm", sent));
        return Response.noContent().build();
    }

    /** The form document as stored. */
    @GET
    @Path("forms/{id}")
    public Response storedForm(@PathParam("id") String id) {
        Document form = store.database().getCollection("forms").find(Filters.eq("_id", id)).first();
        return form == null ? Response.status(404).build() : Response.ok(form.toJson()).build();
    }

    /** The landing-page document as stored. */
    @GET
    @Path("lps/{id}")
    public Response storedLp(@PathParam("id") String id) {
        Document lp = store.database().getCollection("lps").find(Filters.eq("_id", id)).first();
        return lp == null ? Response.status(404).build() : Response.ok(lp.toJson()).build();
    }

    /** Writes a partner key in clear on a form, as the seed stored them. */
    @POST
    @Path("forms/{id}/clear-key")
    public Response clearKey(@PathParam("id") String id, @QueryParam("key") String key) {
        store.database()
                .getCollection("forms")
                .updateOne(Filters.eq("_id", id), Updates.set("crm_api_key", key));
        return Response.noContent().build();
    }

    /** The activity log entries about one entity, oldest first, as stored. */
    @GET
    @Path("activity/{entityId}")
    public Response activity(@PathParam("entityId") String entityId) {
        List<String> entries = new ArrayList<>();
        store.database()
                .getCollection("activity_logs")
                .find(Filters.eq("entity_id", entityId))
                .sort(Sorts.ascending("created_at"))
                .forEach(d -> entries.add(d.toJson()));
        return Response.ok("[" + String.join(",", entries) + "]").build();
    }
}
