package fr.enersolar.crm.web.api.leads;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.leads.EditOutcome;
import fr.enersolar.crm.application.leads.LeadAdministration;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadParameters;
import fr.enersolar.crm.application.leads.LeadShelf;
import fr.enersolar.crm.application.leads.Paging;
import fr.enersolar.crm.application.leads.ProspectEdit;
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
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The staff's leads (SPEC-seed §5.3 "Leads"): {@code GET /api/leads} pages through the leads newest
 * first with the filters of {@link LeadParameters} ({@code date_from}, {@code date_to}, {@code
 * period}, {@code crm_id} = target CRM, {@code product_type}, {@code status} = {@code api_status},
 * {@code form_code}, {@code departement}, {@code q}; {@code archived=true} lists the archive);
 * {@code GET /{id}} shows a lead whole; {@code PUT /{id}} corrects the prospect's fields; {@code
 * DELETE /{id}} archives it.
 *
 * <p>Differences from the seed: paging ({@code limit} up to 500, {@code skip} or {@code page}) and
 * the filters are new; the seed's own keys are kept. Writes need the section's write access (the
 * seed let any user archive any lead).
 */
@Path("leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(value = Section.LEADS, access = Access.READ)
public class LeadsResource {

    static final String NOT_FOUND = "Lead non trouvé";

    @Inject LeadAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject Clock clock;
    @Context UriInfo uri;

    @GET
    public Response list() {
        LeadParameters params = LeadParameters.of(QueryParameters.of(uri));
        LeadCriteria criteria = params.criteria(clock.instant());
        Paging paging = params.paging();
        LeadShelf shelf = params.flag("archived") ? LeadShelf.ARCHIVED : LeadShelf.ACTIVE;
        if (!params.problems().isEmpty()) {
            return LeadJson.invalid(params.problems());
        }
        return Response.ok(LeadJson.list(administration.list(criteria, paging, shelf))).build();
    }

    @GET
    @Path("{id}")
    public Response detail(@PathParam("id") String id) {
        return leadId(id)
                .flatMap(administration::detail)
                .map(lead -> Response.ok(LeadJson.detail(lead)).build())
                .orElseGet(() -> ErrorResponses.detail(404, NOT_FOUND));
    }

    /**
     * Corrects any of {@link ProspectEdit#EDITABLE} (other keys are ignored), checked by the intake
     * rules: {@code {success, lead, changes: {field: {before, after}}}}.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.LEADS, access = Access.WRITE)
    public Response edit(@PathParam("id") String id, String raw) {
        Optional<LeadId> lead = leadId(id);
        if (lead.isEmpty()) {
            return ErrorResponses.detail(404, NOT_FOUND);
        }
        JsonBody body = JsonBody.parse(raw);
        Map<String, String> given = new LinkedHashMap<>();
        for (String field : ProspectEdit.EDITABLE) {
            body.text(field).ifPresent(value -> given.put(field, value));
        }
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        if (given.isEmpty()) {
            return ErrorResponses.invalid(
                    "body",
                    "aucun champ modifiable (" + String.join(", ", ProspectEdit.EDITABLE) + ")");
        }
        EditOutcome outcome = administration.edit(staff.require(), lead.get(), given, client.ip());
        if (outcome instanceof EditOutcome.Invalid invalid) {
            return LeadJson.invalid(invalid.problems());
        }
        if (outcome instanceof EditOutcome.Conflict) {
            return ErrorResponses.detail(
                    409, "Le lead a été modifié entre-temps : rechargez-le et recommencez");
        }
        if (!(outcome instanceof EditOutcome.Edited edited)) {
            return ErrorResponses.detail(404, NOT_FOUND);
        }
        JsonObjectBuilder changes = JSON.createObjectBuilder();
        edited.after()
                .forEach(
                        (field, after) ->
                                changes.add(
                                        field,
                                        JSON.createObjectBuilder()
                                                .add("before", edited.before().get(field))
                                                .add("after", after)));
        return administration
                .detail(lead.get())
                .map(
                        stored ->
                                Response.ok(
                                                JSON.createObjectBuilder()
                                                        .add("success", true)
                                                        .add("lead", LeadJson.detail(stored))
                                                        .add("changes", changes)
                                                        .build())
                                        .build())
                .orElseGet(() -> ErrorResponses.detail(404, NOT_FOUND));
    }

    /** Archives the lead (moved to {@code leads_archived}, as the seed did): {@code {success}}. */
    @DELETE
    @Path("{id}")
    @Requires(value = Section.LEADS, access = Access.WRITE)
    public Response archive(@PathParam("id") String id) {
        Optional<LeadId> lead = leadId(id);
        if (lead.isEmpty() || !administration.archive(staff.require(), lead.get(), client.ip())) {
            return ErrorResponses.detail(404, NOT_FOUND);
        }
        return Response.ok(JSON.createObjectBuilder().add("success", true).build()).build();
    }

    /** A malformed id names no lead: 404, as an unknown one. */
    static Optional<LeadId> leadId(String id) {
        try {
            return Optional.of(new LeadId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
