package fr.enersolar.crm.web.api.queue;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/leads/{id}/retry} (SPEC-seed §10): routes the lead again with today's forms,
 * commandes and caps, and puts it back in the delivery outbox, due now → {@code {success, lead_id,
 * status, crm, message}}; no CRM → {@code {success:false, error:"Aucun CRM avec commande active
 * pour ce département/produit"}}; unknown lead → 404 {@code Lead non trouvé}; a lead being sent
 * right now, or delivered already → 409.
 *
 * <p>Unlike the seed, the send is not synchronous: the outbox's lease guarantees a lead is sent by
 * one worker at a time, which a synchronous send next to the queue could not (the seed's double
 * send). Its own path (not a sub-resource of {@code /api/leads}), so it never shadows the leads
 * resource.
 */
@Path("leads/{id}/retry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeadRetryResource {

    @Inject DeliveryActions actions;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @POST
    @Requires(value = Section.LEADS, access = Access.WRITE)
    public Response retry(@PathParam("id") String id) {
        LeadId lead;
        try {
            lead = new LeadId(id);
        } catch (IllegalArgumentException e) {
            return ErrorResponses.detail(404, DeliveryActions.Outcome.LEAD_NOT_FOUND.message());
        }
        return DeliveryJson.actionResult(actions.retry(lead, staff.require().actor(), client.ip()));
    }
}
