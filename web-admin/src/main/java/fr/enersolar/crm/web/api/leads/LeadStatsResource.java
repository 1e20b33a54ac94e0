package fr.enersolar.crm.web.api.leads;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.leads.GlobalLeadCounts;
import fr.enersolar.crm.application.leads.LeadFigures;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/leads/stats/global} (SPEC-seed §5.3, §15.3): the dashboard's cards, {@code
 * {total, success, duplicate, failed, queued, no_crm, sent_rate}}, over the live leads, counted by
 * the store. It belongs to the dashboard, so the dashboard section opens it.
 */
@Path("leads/stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(value = Section.DASHBOARD, access = Access.READ)
public class LeadStatsResource {

    @Inject LeadFigures figures;

    @GET
    @Path("global")
    public JsonObject global() {
        GlobalLeadCounts counts = figures.global();
        return JSON.createObjectBuilder()
                .add("total", counts.total())
                .add("success", counts.success())
                .add("duplicate", counts.duplicate())
                .add("failed", counts.failed())
                .add("queued", counts.queued())
                .add("no_crm", counts.noCrm())
                .add("sent_rate", counts.sentRate())
                .build();
    }
}
