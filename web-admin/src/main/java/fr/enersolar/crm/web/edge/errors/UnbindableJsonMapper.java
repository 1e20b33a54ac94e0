package fr.enersolar.crm.web.edge.errors;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A request body JSON-B could not read or bind (bad syntax, a string where a number goes): 400. */
public class UnbindableJsonMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException failure) {
        return ErrorResponses.malformedJson(failure);
    }
}
