package fr.enersolar.crm.web.api.forms;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.domain.model.shared.Departements;
import fr.enersolar.crm.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/forms/config/departements}: the 96 metropolitan départements, {@code
 * {departements: [{code, nom}]}}, from the one canonical list (SPEC-seed §16), so forms offer
 * exactly the codes commandes and postal codes use.
 */
@PublicEndpoint
@Path("forms/config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormsConfigResource {

    @GET
    @Path("departements")
    public JsonObject departements() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        Departements.metropolitan()
                .forEach(
                        d ->
                                list.add(
                                        JSON.createObjectBuilder()
                                                .add("code", d.code())
                                                .add("nom", d.nom())));
        return JSON.createObjectBuilder().add("departements", list).build();
    }
}
