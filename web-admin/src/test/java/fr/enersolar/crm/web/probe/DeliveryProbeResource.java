package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.application.routing.LeadRouting;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.Prospect;
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
import java.util.List;
import java.util.Optional;

/**
 * Test-only: sets up a partner CRM (its account, a form with its key, a commande for everything)
 * and reads a lead's delivery fields, for the delivery integration tests.
 */
@Path("delivery-probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryProbeResource {

    @Inject fr.enersolar.crm.application.catalogue.PartnerKeys formKeys;
    @Inject CrmRepository crms;
    @Inject AccountRepository accounts;
    @Inject FormRepository forms;
    @Inject CommandeRepository commandes;
    @Inject LeadRepository leads;
    @Inject LeadRouting routing;

    /** A CRM delivering to {@code url}, its account, a PV form with {@code key}, a commande. */
    @POST
    @Path("partners")
    public JsonObject partner(
            @QueryParam("slug") String slug,
            @QueryParam("url") String url,
            @QueryParam("key") String key) {
        Instant now = Instant.now();
        Crm crm = new Crm(CrmId.generate(), slug, new CrmSlug(slug), url, now);
        crms.store(crm);
        Account account = new Account(AccountId.generate(), "Compte " + slug, crm.id(), now, null);
        accounts.store(account);
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PV),
                        account.id(),
                        "Formulaire " + slug,
                        "https://test.example/" + slug,
                        now,
                        null);
        form.useSealedCrmApiKey(formKeys.seal(key), now, null);
        form.allowCrossCrm(false, now, null);
        forms.store(form);
        commandes.store(
                new Commande(
                        CommandeId.generate(),
                        crm.id(),
                        Optional.empty(),
                        List.of(),
                        1200,
                        now.minusSeconds(60)));
        return Json.createObjectBuilder()
                .add("crm_id", crm.id().value())
                .add("form_code", form.code().value())
                .add("form_id", form.id().value())
                .build();
    }

    /**
     * A routed lead of {@code form} stored as a worker that died mid-attempt leaves it: leased by
     * {@code dead-worker} for {@code seconds} more.
     */
    @POST
    @Path("dead-lease")
    public Response deadLease(
            @QueryParam("form") String formCode,
            @QueryParam("phone") String phone,
            @QueryParam("seconds") int seconds) {
        Form form =
                forms.findByCode(new fr.enersolar.crm.domain.model.form.FormCode(formCode))
                        .orElseThrow();
        Instant now = Instant.now();
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect(phone, "", "", "Mort", "", "", "75011", "75", "", ""),
                        null,
                        null,
                        true,
                        false,
                        "",
                        now);
        lead.cameThrough(
                form.id(), form.code(), form.account(), form.productType(), form.allowsCrossCrm());
        routing.route(lead, form, now);
        Instant until = now.plusSeconds(seconds);
        lead.lease("dead-worker", until);
        leads.store(lead);
        return Response.ok(
                        Json.createObjectBuilder()
                                .add("id", lead.id().value())
                                .add("lease_until", until.toString())
                                .build())
                .build();
    }

    @GET
    @Path("leads/{id}")
    public Response lead(@PathParam("id") String id) {
        return leads.find(new LeadId(id))
                .map(lead -> Response.ok(json(lead)).build())
                .orElse(Response.status(404).build());
    }

    private static JsonObject json(Lead lead) {
        JsonArrayBuilder timeline = Json.createArrayBuilder();
        for (TimelineEntry t : lead.timeline()) {
            timeline.add(
                    Json.createObjectBuilder()
                            .add("at", t.at().toString())
                            .add("type", t.type())
                            .add("message", t.message()));
        }
        return Json.createObjectBuilder()
                .add("api_status", lead.apiStatus())
                .add("target_crm_slug", lead.targetCrmSlug().map(CrmSlug::value).orElse(""))
                .add("routing_reason", lead.routingReason() == null ? "" : lead.routingReason())
                .add("delivery_attempts", lead.deliveryAttempts())
                .add("sent_to_crm", lead.sentToCrm())
                .add("api_response", lead.apiResponse() == null ? "" : lead.apiResponse())
                .add("last_attempt_at", lead.lastAttemptAt().map(Instant::toString).orElse(""))
                .add("lease_owner", lead.leaseOwner().orElse(""))
                .add("timeline", timeline)
                .build();
    }
}
