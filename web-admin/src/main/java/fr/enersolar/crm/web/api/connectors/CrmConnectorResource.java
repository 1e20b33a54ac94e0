package fr.enersolar.crm.web.api.connectors;

import fr.enersolar.crm.application.common.Outcome;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration;
import fr.enersolar.crm.application.connectors.CrmConnectorAdministration.CrmConnectorView;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonFields;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/crms/{id}/connector}: which connector delivers to a CRM and its settings. {@code GET}
 * answers them with secret settings masked ({@code ****} + last four characters); {@code PUT}
 * (administrators) takes {@code {connector_id?, settings: {key: value}}}, checks the values against
 * the connector's descriptors (400 naming {@code settings.<key>}), replaces the settings (a secret
 * sent back masked keeps its stored value) and rebuilds the CRM's connector. Not in the seed.
 */
@Path("crms/{id}/connector")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CrmConnectorResource {

    @Inject CrmConnectorAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(Section.CONNECTORS)
    public Response get(@PathParam("id") String id) {
        Optional<CrmId> crm = crmId(id);
        if (crm.isEmpty()) {
            return ErrorResponses.detail(404, "CRM non trouvé");
        }
        return administration
                .view(crm.get())
                .map(view -> Response.ok(ConnectorJson.crmConnector(view).build()).build())
                .orElseGet(() -> ErrorResponses.detail(404, "CRM non trouvé"));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.CONNECTORS, access = Access.ADMIN)
    public Response put(@PathParam("id") String id, String raw) {
        Optional<CrmId> crm = crmId(id);
        if (crm.isEmpty()) {
            return ErrorResponses.detail(404, "CRM non trouvé");
        }
        JsonFields body = JsonFields.parse(raw);
        Optional<String> connectorId = body.text("connector_id");
        Map<String, String> settings = body.scalars("settings").orElse(Map.of());
        if (body.problems().isPresent()) {
            return body.problems().get();
        }
        if (connectorId.isPresent() && connectorId.get().isBlank()) {
            return ErrorResponses.invalid("connector_id", "champ requis");
        }
        Outcome<CrmConnectorView> outcome =
                administration.update(
                        staff.require().actor(), client.ip(), crm.get(), connectorId, settings);
        if (outcome instanceof Outcome.Done<CrmConnectorView> done) {
            return Response.ok(
                            ConnectorJson.crmConnector(done.value()).add("success", true).build())
                    .build();
        }
        if (outcome instanceof Outcome.NotFound<CrmConnectorView> notFound) {
            return ErrorResponses.detail(404, notFound.message());
        }
        Outcome.Invalid<CrmConnectorView> invalid = (Outcome.Invalid<CrmConnectorView>) outcome;
        return ErrorResponses.invalid(invalid.field(), invalid.reason());
    }

    private static Optional<CrmId> crmId(String raw) {
        try {
            return Optional.of(new CrmId(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
