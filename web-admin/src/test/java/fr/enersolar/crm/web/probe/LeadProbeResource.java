package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.model.shared.ProductType;
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
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * Test-only: creates forms and reads stored leads through the real repositories, so intake tests
 * can check what was stored, not only what was answered.
 */
@Path("leads-probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeadProbeResource {

    @Inject FormRepository forms;
    @Inject LeadRepository leads;

    /** A new active form of {@code product}; answers its code. */
    @POST
    @Path("forms")
    public JsonObject form(@QueryParam("product") String product) {
        ProductType type = ProductType.parse(product);
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(type),
                        AccountId.generate(),
                        "Formulaire de test",
                        "https://test.example/form",
                        Instant.now(),
                        null);
        forms.store(form);
        return Json.createObjectBuilder()
                .add("code", form.code().value())
                .add("id", form.id().value())
                .build();
    }

    @GET
    @Path("count")
    public JsonObject count() {
        return Json.createObjectBuilder().add("count", leads.count()).build();
    }

    @GET
    @Path("{id}")
    public Response lead(@PathParam("id") String id) {
        return leads.find(new LeadId(id))
                .map(lead -> Response.ok(json(lead)).build())
                .orElse(Response.status(404).build());
    }

    private static JsonObject json(Lead lead) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (FieldError e : lead.errors()) {
            errors.add(
                    Json.createObjectBuilder().add("field", e.field()).add("reason", e.reason()));
        }
        JsonArrayBuilder timeline = Json.createArrayBuilder();
        for (TimelineEntry t : lead.timeline()) {
            timeline.add(t.type());
        }
        return Json.createObjectBuilder()
                .add("status", lead.status())
                .add("api_status", lead.apiStatus())
                .add("phone", lead.prospect().phone())
                .add("phone_e164", lead.prospect().phoneE164())
                .add("nom", lead.prospect().nom())
                .add("departement", lead.prospect().departement())
                .add("ip", lead.ip())
                .add("user_agent", lead.consent().map(c -> c.userAgent()).orElse(""))
                .add("page_url", lead.consent().map(c -> c.pageUrl()).orElse(""))
                .add("duplicate_of", lead.duplicateOf().map(LeadId::value).orElse(""))
                .add("payload", lead.payload().orElse(""))
                .add("errors", errors)
                .add("timeline", timeline)
                .build();
    }
}
