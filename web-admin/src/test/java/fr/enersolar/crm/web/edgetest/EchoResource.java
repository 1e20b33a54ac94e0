package fr.enersolar.crm.web.edgetest;

import fr.enersolar.crm.web.edge.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Echoes a JSON-B-bound body, reports the client address, or fails on purpose. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource {

    /** A body bound by JSON-B, as the intake's will be. */
    public static class Body {
        public String nom;
        public String prenom;
    }

    @Inject ClientAddress client;

    @POST
    @Path("echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject echo(Body body) {
        return Json.createObjectBuilder()
                .add("nom", String.valueOf(body.nom))
                .add("prenom", String.valueOf(body.prenom))
                .add("ip", client.ip())
                .build();
    }

    @GET
    @Path("boom")
    public JsonObject boom() {
        throw new IllegalStateException("secret internal detail");
    }
}
