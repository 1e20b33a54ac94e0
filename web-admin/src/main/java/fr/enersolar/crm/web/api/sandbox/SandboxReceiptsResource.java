package fr.enersolar.crm.web.api.sandbox;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.sandbox.SandboxPartner;
import fr.enersolar.crm.application.sandbox.SandboxReceipt;
import fr.enersolar.crm.application.sandbox.SandboxReceipts;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/sandbox/{partner}/receipts?limit=50}: what the sandbox partner received, newest
 * first, with its count: staff check a demo delivery end to end (keys shown by their last four
 * characters only).
 */
@Path("sandbox/{partner}/receipts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(Section.CONNECTORS)
public class SandboxReceiptsResource {

    @Inject SandboxReceipts receipts;

    @GET
    public Response list(
            @PathParam("partner") String partner,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (!SandboxPartner.isPartnerName(partner)) {
            return ErrorResponses.detail(404, "Partenaire inconnu");
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (SandboxReceipt r : receipts.latest(partner, Math.max(1, Math.min(limit, 500)))) {
            items.add(
                    JSON.createObjectBuilder()
                            .add("id", r.id())
                            .add("phone", r.phone())
                            .add("key", "****" + r.keyEnding())
                            .add("received_at", r.receivedAt().toString())
                            .add("body", r.body()));
        }
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("partner", partner)
                                .add("count", receipts.count(partner))
                                .add("receipts", items)
                                .build())
                .build();
    }
}
