package fr.enersolar.crm.web.api.leads;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.leads.BulkOutcome;
import fr.enersolar.crm.application.leads.LeadAdministration;
import fr.enersolar.crm.application.leads.LeadAdministration.BulkAction;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonObjects;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/leads/bulk} {@code {action: "archive" | "restore", ids: [...]}} (not in the
 * seed): applies the action to at most {@value LeadAdministration#MAX_BULK} leads, each logged on
 * its own, and answers {@code {success, action, requested, done, not_found}}.
 */
@Path("leads/bulk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(value = Section.LEADS, access = Access.WRITE)
public class LeadBulkResource {

    @Inject LeadAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(String raw) {
        JsonObjects.Parsed parsed = JsonObjects.parse(raw);
        if (parsed instanceof JsonObjects.Refused refused) {
            return LeadJson.invalid(List.of(new FieldError("body", refused.reason())));
        }
        JsonObject body = ((JsonObjects.Accepted) parsed).object();
        List<FieldError> problems = new ArrayList<>();
        Optional<BulkAction> action = action(body.get("action"), problems);
        List<LeadId> ids = ids(body.get("ids"), problems);
        if (!problems.isEmpty()) {
            return LeadJson.invalid(problems);
        }
        BulkOutcome outcome =
                administration.bulk(staff.require(), action.orElseThrow(), ids, client.ip());
        JsonArrayBuilder notFound = JSON.createArrayBuilder();
        outcome.notFound().forEach(id -> notFound.add(id.value()));
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("action", action.get().wire())
                                .add("requested", ids.size())
                                .add("done", outcome.done().size())
                                .add("not_found", notFound)
                                .build())
                .build();
    }

    private static Optional<BulkAction> action(JsonValue value, List<FieldError> problems) {
        Optional<BulkAction> action =
                value instanceof JsonString s ? BulkAction.parse(s.getString()) : Optional.empty();
        if (action.isEmpty()) {
            problems.add(new FieldError("action", "action attendue : archive ou restore"));
        }
        return action;
    }

    private static List<LeadId> ids(JsonValue value, List<FieldError> problems) {
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            problems.add(new FieldError("ids", "liste d'identifiants de leads attendue"));
            return List.of();
        }
        if (array.size() > LeadAdministration.MAX_BULK) {
            problems.add(
                    new FieldError(
                            "ids", "au plus " + LeadAdministration.MAX_BULK + " leads à la fois"));
            return List.of();
        }
        List<LeadId> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Optional<LeadId> id =
                    array.get(i) instanceof JsonString s
                            ? LeadsResource.leadId(s.getString())
                            : Optional.empty();
            if (id.isPresent()) {
                ids.add(id.get());
            } else {
                problems.add(new FieldError("ids[" + i + "]", "identifiant de lead invalide"));
            }
        }
        return ids;
    }
}
