package fr.enersolar.crm.web.edge.errors;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A request body JSON-P could not parse: 400 naming the body. */
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException failure) {
        return ErrorResponses.malformedJson(failure);
    }
}
