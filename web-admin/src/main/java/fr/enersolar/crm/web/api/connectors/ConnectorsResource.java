package fr.enersolar.crm.web.api.connectors;

import fr.enersolar.crm.application.connectors.CrmConnectorAdministration;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /api/connectors}: the installed connectors (from the EAR and the connectors folder) with
 * their id, name, version, source and settings described as data, plus the problems of the last
 * scan; {@code POST /api/connectors/rescan} looks at the folder again (administrators). Not in the
 * seed.
 */
@Path("connectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorsResource {

    @Inject CrmConnectorAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(Section.CONNECTORS)
    public Response list() {
        return Response.ok(ConnectorJson.scan(administration.installed()).build()).build();
    }

    @POST
    @Path("rescan")
    @Requires(value = Section.CONNECTORS, access = Access.ADMIN)
    public Response rescan() {
        return Response.ok(
                        ConnectorJson.scan(
                                        administration.rescan(staff.require().actor(), client.ip()))
                                .add("success", true)
                                .build())
                .build();
    }
}
