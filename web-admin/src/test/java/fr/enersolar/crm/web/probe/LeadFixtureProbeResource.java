package fr.enersolar.crm.web.probe;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.activity.ActivityLog;
import fr.enersolar.crm.domain.model.activity.ActivityLogRepository;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.Consent;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.conversions.Bson;

/**
 * Test-only: stores leads as intake stores them (through the repository), then writes the fields
 * routing and delivery would have written ({@code api_status}, {@code target_crm_id}, …) straight
 * in the store, so the staff lead endpoints can be tested on leads of any state and age; and reads
 * the activity log.
 */
@Path("lead-fixtures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeadFixtureProbeResource {

    @Inject LeadRepository leads;
    @Inject MongoStore store;
    @Inject ActivityLogRepository activity;

    /**
     * Body: any of {@code phone, nom, prenom, email, code_postal, departement, product_type,
     * form_code, source, utm_source, created_at} and {@code set: {field: value}} (strings, booleans
     * or numbers; {@code *_at} strings are stored as dates). Answers {@code {id}}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject create(JsonObject body) {
        Instant at = Instant.parse(body.getString("created_at", Instant.now().toString()));
        String phone = body.getString("phone", "0612345678");
        ProductType product = ProductType.parse(body.getString("product_type", "PV"));
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect(
                                phone,
                                phone.startsWith("0") ? "+33" + phone.substring(1) : "",
                                body.getString("civilite", "Mme"),
                                body.getString("nom", "Durand"),
                                body.getString("prenom", "Claire"),
                                body.getString("email", "claire@exemple.fr"),
                                body.getString("code_postal", "75011"),
                                body.getString("departement", "75"),
                                body.getString("ville", "Paris"),
                                "1 rue A"),
                        Projet.unknown(),
                        new Attribution(
                                "LP-001",
                                "",
                                body.getString("source", ""),
                                body.getString("utm_source", ""),
                                "",
                                ""),
                        true,
                        false,
                        "203.0.113.9",
                        at);
        lead.cameThrough(
                FormId.generate(),
                new FormCode(body.getString("form_code", product.name() + "-001")),
                AccountId.generate(),
                product,
                true);
        lead.consented(new Consent("v1", at, "Mozilla/5.0", "https://solaire.example/lp"));
        lead.log(new TimelineEntry(at, "received", "Reçu du formulaire"));
        lead.conclude(LeadStatus.PENDING, List.of());
        leads.add(lead);
        JsonObject set = body.getJsonObject("set");
        if (set != null && !set.isEmpty()) {
            List<Bson> updates = new ArrayList<>();
            for (Map.Entry<String, JsonValue> e : set.entrySet()) {
                updates.add(Updates.set(e.getKey(), plain(e.getKey(), e.getValue())));
            }
            store.database()
                    .getCollection("leads")
                    .updateOne(Filters.eq("_id", lead.id().value()), Updates.combine(updates));
        }
        return Json.createObjectBuilder().add("id", lead.id().value()).build();
    }

    /** The activity log entries about one entity, newest first. */
    @GET
    @Path("activity")
    public JsonObject activity(@QueryParam("entity_id") String entityId) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (ActivityLog entry : activity.recent(0, 500)) {
            if (entry.subject().id().equals(entityId)) {
                entries.add(
                        Json.createObjectBuilder()
                                .add("action", entry.action().wire())
                                .add("entity_type", entry.subject().type())
                                .add("entity_name", entry.subject().name())
                                .add("user_email", entry.actor().email())
                                .add("details", Json.createObjectBuilder(entry.details())));
            }
        }
        return Json.createObjectBuilder().add("entries", entries).build();
    }

    private static Object plain(String field, JsonValue value) {
        return switch (value.getValueType()) {
            case STRING ->
                    field.endsWith("_at")
                            ? Date.from(Instant.parse(((JsonString) value).getString()))
                            : ((JsonString) value).getString();
            case TRUE -> true;
            case FALSE -> false;
            case NUMBER -> ((jakarta.json.JsonNumber) value).longValue();
            default -> null;
        };
    }
}
