package fr.enersolar.crm.web.api.leads;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.intake.IntakeKeys;
import fr.enersolar.crm.application.intake.IntakeOutcome;
import fr.enersolar.crm.application.intake.LeadIntake;
import fr.enersolar.crm.application.intake.LeadSubmission;
import fr.enersolar.crm.application.intake.LeadSubmissionReader;
import fr.enersolar.crm.application.intake.SubmissionContext;
import fr.enersolar.crm.domain.model.lead.FieldError;
import fr.enersolar.crm.web.api.json.JsonObjects;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/leads}: the intake that deployed landing-page scripts call (SPEC-seed §6).
 * The seed's request body, auth and response keys are kept; the lead is stored before the answer,
 * whatever is wrong with it, and the answer names each problem. No partner is called here.
 *
 * <p>One instance for the application: it holds no request state (the request's values come as
 * parameters and through {@link ClientAddress}), and creating and injecting a resource for each
 * request cost intake as much as its validation.
 */
@PublicEndpoint
@Path("v1/leads")
@Tag(name = "Intake v1", description = "Réception des leads des formulaires déployés")
@SecurityRequirement(name = "v1-token")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class V1LeadsResource {

    @Inject IntakeKeys keys;
    @Inject LeadIntake intake;
    @Inject ClientAddress client;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Referer") String referer,
            String body) {
        Optional<String> refusal = keys.refusal(authorization);
        if (refusal.isPresent()) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(JSON.createObjectBuilder().add("detail", refusal.get()).build())
                    .build();
        }
        JsonObjects.Parsed parsed = JsonObjects.parse(body);
        if (parsed instanceof JsonObjects.Refused refused) {
            return badBody(refused.reason());
        }
        JsonObject json = ((JsonObjects.Accepted) parsed).object();
        LeadSubmission submission = LeadSubmissionReader.read(json, body);
        IntakeOutcome outcome =
                intake.submit(
                        submission,
                        new SubmissionContext(client.ip(), client.userAgent(), referer));
        return answer(outcome, !submission.typeErrors().isEmpty());
    }

    private static Response answer(IntakeOutcome outcome, boolean malformed) {
        JsonObjectBuilder body =
                JSON.createObjectBuilder()
                        .add("success", outcome.accepted())
                        .add("lead_id", outcome.leadId().value())
                        .add("status", outcome.status().wire())
                        .add("message", outcome.message());
        outcome.duplicateOf().ifPresent(d -> body.add("duplicate_of", d.value()));
        if (outcome.accepted()) {
            return Response.ok(body.build()).build();
        }
        // The seed's scripts show data.error || data.message when success is false.
        body.add("error", outcome.message()).add("errors", errors(outcome.errors()));
        int status = malformed ? 400 : 422;
        return Response.status(status).entity(body.build()).build();
    }

    private static JsonArrayBuilder errors(List<FieldError> errors) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        errors.forEach(
                e ->
                        array.add(
                                JSON.createObjectBuilder()
                                        .add("field", e.field())
                                        .add("reason", e.reason())));
        return array;
    }

    /** A body that is not a JSON object: nothing to store, the request itself is wrong. */
    private static Response badBody(String reason) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(
                        JSON.createObjectBuilder()
                                .add("success", false)
                                .add(
                                        "detail",
                                        JSON.createArrayBuilder()
                                                .add(
                                                        JSON.createObjectBuilder()
                                                                .add("field", "body")
                                                                .add("reason", reason)))
                                .build())
                .build();
    }
}
