package fr.enersolar.crm.web.api.tracking;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.tracking.Tracking;
import fr.enersolar.crm.application.tracking.TrackingContext;
import fr.enersolar.crm.application.tracking.TrackingOutcome;
import fr.enersolar.crm.application.tracking.TrackingOutcome.Refusal;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.tracking.Visitor;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.web.api.json.JsonBody;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * The funnel events of the landing-page and form scripts (SPEC-seed §5.1, §13), with the seed's
 * bodies and answers: {@code {success: true, event_id}}, or 200 {@code {success: false, error}} for
 * an unknown page. Added: each call may carry {@code session_id} and {@code
 * utm_source/utm_medium/utm_campaign}; the answer gives the visitor's {@code session_id} (a new one
 * when none or an unknown one was sent), which old scripts ignore.
 *
 * <p>Bodies are read as JSON objects field by field (any content type, so {@code sendBeacon}'s
 * text/plain works too): a field of the wrong type or a missing code is a 400 naming the field. An
 * optional code that is blank or malformed is ignored, as the pages often send {@code ""}.
 */
@PublicEndpoint
@Path("track")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    @Inject Tracking tracking;
    @Inject ClientAddress client;

    /**
     * {@code {lp_code, referrer?, user_agent?}}: the user agent of the body wins over the header.
     */
    @POST
    @Path("lp-visit")
    public Response lpVisit(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> lp = body.requiredText("lp_code");
        TrackingContext context = context(body, body.textOrEmpty("user_agent"));
        return body.problems()
                .orElseGet(
                        () ->
                                answer(
                                        code(lp.get(), LpCode::new)
                                                .map(code -> tracking.lpVisit(code, context))
                                                .orElse(
                                                        TrackingOutcome.refused(
                                                                Refusal.UNKNOWN_LP))));
    }

    /** {@code {lp_code, form_code?}}. */
    @POST
    @Path("cta-click")
    public Response ctaClick(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> lp = body.requiredText("lp_code");
        Optional<FormCode> form = body.text("form_code").flatMap(code(FormCode::new));
        TrackingContext context = context(body, "");
        return body.problems()
                .orElseGet(
                        () ->
                                answer(
                                        code(lp.get(), LpCode::new)
                                                .map(code -> tracking.ctaClick(code, form, context))
                                                .orElse(
                                                        TrackingOutcome.refused(
                                                                Refusal.UNKNOWN_LP))));
    }

    /** {@code {form_code, lp_code?, liaison_code?}}. */
    @POST
    @Path("form-start")
    public Response formStart(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> form = body.requiredText("form_code");
        Optional<LpCode> lp = body.text("lp_code").flatMap(code(LpCode::new));
        Optional<LiaisonCode> liaison = body.text("liaison_code").flatMap(code(LiaisonCode::parse));
        TrackingContext context = context(body, "");
        return body.problems()
                .orElseGet(
                        () ->
                                answer(
                                        code(form.get(), FormCode::new)
                                                .map(
                                                        code ->
                                                                tracking.formStart(
                                                                        code, lp, liaison, context))
                                                .orElse(
                                                        TrackingOutcome.refused(
                                                                Refusal.UNKNOWN_FORM))));
    }

    /** The session, browser and campaign fields every call may carry. */
    private TrackingContext context(JsonBody body, String userAgent) {
        Optional<VisitorSessionId> session =
                body.text("session_id").flatMap(VisitorSessionId::parse);
        Visitor visitor =
                new Visitor(
                        client.ip(),
                        userAgent.isBlank() ? client.userAgent() : userAgent,
                        body.textOrEmpty("referrer"));
        return new TrackingContext(
                session,
                visitor,
                body.textOrEmpty("utm_source"),
                body.textOrEmpty("utm_medium"),
                body.textOrEmpty("utm_campaign"));
    }

    private static Response answer(TrackingOutcome outcome) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("success", outcome.isRecorded());
        outcome.event().ifPresent(id -> json.add("event_id", id.value()));
        outcome.session().ifPresent(id -> json.add("session_id", id.value()));
        outcome.refusal().ifPresent(why -> json.add("error", why.message()));
        return Response.ok(json.build()).build();
    }

    /** A code from what the page sent; a malformed one is no code (an unknown page). */
    private static <T> Function<String, Optional<T>> code(Function<String, T> parse) {
        return value -> code(value, parse);
    }

    private static <T> Optional<T> code(String value, Function<String, T> parse) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
