package fr.enersolar.crm.web.api.tracking;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.tracking.FunnelStats;
import fr.enersolar.crm.application.tracking.FunnelStatsReport;
import fr.enersolar.crm.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/track/stats/{code}} (SPEC-seed §13): the funnel of an LP or form code with the
 * seed's keys, {@code {code, events: {lp_visits, cta_clicks, form_starts, leads_finished}, rates:
 * {lp_to_cta, cta_to_start, start_to_finish, global_conversion}}}. Counted by the store.
 */
@PublicEndpoint
@Path("track/stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FunnelStatsResource {

    @Inject FunnelStatsReport report;

    @GET
    @Path("{code}")
    public JsonObject stats(@PathParam("code") String code) {
        FunnelStats stats = report.of(code);
        return JSON.createObjectBuilder()
                .add("code", stats.code())
                .add(
                        "events",
                        JSON.createObjectBuilder()
                                .add("lp_visits", stats.lpVisits())
                                .add("cta_clicks", stats.ctaClicks())
                                .add("form_starts", stats.formStarts())
                                .add("leads_finished", stats.leadsFinished()))
                .add(
                        "rates",
                        JSON.createObjectBuilder()
                                .add("lp_to_cta", stats.lpToCta())
                                .add("cta_to_start", stats.ctaToStart())
                                .add("start_to_finish", stats.startToFinish())
                                .add("global_conversion", stats.globalConversion()))
                .build();
    }
}
