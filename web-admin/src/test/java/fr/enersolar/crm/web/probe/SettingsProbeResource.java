package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.application.settings.RedistributionKeys;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;

/**
 * Test-only, for the settings tests: makes a CRM, and shows what the store really holds for a
 * redistribution key (to prove it is sealed) and what delivery would open.
 */
@Path("settings-probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SettingsProbeResource {

    @Inject CrmRepository crms;
    @Inject MongoStore store;
    @Inject RedistributionKeys keys;

    /** A new CRM with a random slug: {@code id}, {@code slug}. */
    @POST
    @Path("crms")
    public JsonObject crm() {
        String slug = "t" + UUID.randomUUID().toString().substring(0, 8);
        Crm crm =
                new Crm(
                        CrmId.generate(),
                        "CRM " + slug,
                        new CrmSlug(slug),
                        "http://127.0.0.1:9/lead",
                        Instant.now());
        crms.store(crm);
        return Json.createObjectBuilder().add("id", crm.id().value()).add("slug", slug).build();
    }

    /** Every stored document of the key's collection, as raw JSON. */
    @GET
    @Path("redistribution-keys/raw")
    public Response raw() {
        StringBuilder all = new StringBuilder("[");
        for (Document doc : store.database().getCollection("redistribution_keys").find()) {
            if (all.length() > 1) {
                all.append(',');
            }
            all.append(doc.toJson());
        }
        return Response.ok(all.append(']').toString()).build();
    }

    /** The clear key delivery would present to this CRM for this product (404 when none). */
    @GET
    @Path("redistribution-keys/{crm}/{product}/open")
    public Response open(@PathParam("crm") String crm, @PathParam("product") String product) {
        return keys.keyFor(new CrmId(crm), ProductType.parse(product))
                .map(k -> Response.ok(Json.createObjectBuilder().add("key", k).build()).build())
                .orElseGet(() -> Response.status(404).build());
    }
}
