package fr.enersolar.crm.web.api.queue;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonBody;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code POST /api/leads/{id}/force-send} with {@code {"crm_id"}}: staff send the lead to that CRM
 * whatever the form's cross-CRM rule, through one of its commandes (price frozen from it) and the
 * key routing would use for it; the lead goes back in the outbox, due now. Answers as the retry
 * does; an unknown CRM → 404 {@code CRM non trouvé}. Not in the seed (PRODUCT.md's staff actions).
 */
@Path("leads/{id}/force-send")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeadForceSendResource {

    @Inject DeliveryActions actions;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.LEADS, access = Access.WRITE)
    public Response forceSend(@PathParam("id") String id, String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> crm = body.requiredText("crm_id");
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        LeadId lead;
        try {
            lead = new LeadId(id);
        } catch (IllegalArgumentException e) {
            return ErrorResponses.detail(404, DeliveryActions.Outcome.LEAD_NOT_FOUND.message());
        }
        CrmId target;
        try {
            target = new CrmId(crm.orElseThrow().trim());
        } catch (IllegalArgumentException e) {
            return ErrorResponses.detail(404, DeliveryActions.Outcome.CRM_NOT_FOUND.message());
        }
        return DeliveryJson.actionResult(
                actions.forceSend(lead, target, staff.require().actor(), client.ip()));
    }
}
