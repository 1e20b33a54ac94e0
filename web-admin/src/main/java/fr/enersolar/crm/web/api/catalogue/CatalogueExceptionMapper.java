package fr.enersolar.crm.web.api.catalogue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.CatalogueException;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A refused catalogue request as JSON: 404 {@code {"detail": "Compte non trouvé"}}, 400 {@code
 * {"detail": [{"field", "reason"}]}} for invalid values, 400 {@code {"detail": "…"}} for a request
 * refused as a whole, 403 for what this caller may not do.
 */
public class CatalogueExceptionMapper implements ExceptionMapper<CatalogueException> {

    @Override
    public Response toResponse(CatalogueException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> ErrorResponses.detail(404, e.getMessage());
            case REFUSED -> ErrorResponses.detail(400, e.getMessage());
            case FORBIDDEN -> ErrorResponses.detail(403, e.getMessage());
            case INVALID -> invalid(e);
        };
    }

    private static Response invalid(CatalogueException e) {
        JsonArrayBuilder detail = JSON.createArrayBuilder();
        e.problems()
                .forEach(
                        p ->
                                detail.add(
                                        JSON.createObjectBuilder()
                                                .add("field", p.field())
                                                .add("reason", p.reason())));
        return Response.status(400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("detail", detail).build())
                .build();
    }
}
