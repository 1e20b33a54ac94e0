package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.logging.Logger;

/** Test-only: the server's log lines kept by {@link LogCapture}, and a user's stored hash. */
@Path("log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogProbeResource {

    private static final Logger LOG = Logger.getLogger(LogProbeResource.class.getName());

    @Inject UserRepository users;

    /** {@code {lines: [...]}}, after logging {@code marker} (so a caller can see capture works). */
    @GET
    public JsonObject lines(@jakarta.ws.rs.QueryParam("marker") String marker) {
        if (marker != null) {
            LOG.info(marker);
        }
        JsonArrayBuilder lines = Json.createArrayBuilder();
        LogCapture.lines().forEach(lines::add);
        return Json.createObjectBuilder().add("lines", lines).build();
    }

    /** The stored password hash of a user, to look for it in the log. */
    @GET
    @Path("hash/{id}")
    public JsonObject hash(@PathParam("id") String id) {
        return users.find(new UserId(id))
                .map(u -> Json.createObjectBuilder().add("hash", u.passwordHash()).build())
                .orElseThrow(NotFoundException::new);
    }
}
