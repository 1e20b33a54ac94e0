package fr.enersolar.crm.web.sandbox;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.sandbox.SandboxPartner;
import fr.enersolar.crm.web.api.json.JsonObjects;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /sandbox/{partner}/lead/api/create_lead/}: the partner contract of SPEC-seed §8 (raw
 * key in {@code Authorization}, JSON body with {@code phone}, {@code register_date}, {@code
 * custom_fields}); answers as {@link SandboxPartner} describes. A slow key is answered later
 * without holding a request thread.
 */
@Path("{partner}/lead/api/create_lead")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SandboxPartnerResource {

    @Inject SandboxPartner sandbox;

    @Resource ManagedScheduledExecutorService scheduler;

    @POST
    public void create(
            @PathParam("partner") String partner,
            @HeaderParam("Authorization") String key,
            String raw,
            @Suspended AsyncResponse response) {
        if (!SandboxPartner.isPartnerName(partner)) {
            response.resume(
                    answer(
                            new SandboxPartner.Answer(
                                    404, "Partenaire inconnu", java.util.Optional.empty())));
            return;
        }
        JsonObject body =
                JsonObjects.parse(raw) instanceof JsonObjects.Accepted accepted
                        ? accepted.object()
                        : null;
        long delay = SandboxPartner.delayMillis(key);
        if (delay == 0) {
            response.resume(answer(sandbox.receive(partner, key, body, raw)));
            return;
        }
        scheduler.schedule(
                () -> response.resume(answer(sandbox.receive(partner, key, body, raw))),
                delay,
                TimeUnit.MILLISECONDS);
    }

    private static Response answer(SandboxPartner.Answer answer) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("message", answer.message());
        answer.id().ifPresent(id -> json.add("id", id));
        return Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json.build())
                .build();
    }
}
