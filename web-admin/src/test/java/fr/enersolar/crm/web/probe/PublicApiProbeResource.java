package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.tracking.TrackingEvent;
import fr.enersolar.crm.domain.model.tracking.TrackingEventId;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.TrackingRepository;
import fr.enersolar.crm.domain.model.tracking.Utm;
import fr.enersolar.crm.domain.model.tracking.VisitorSession;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;

/**
 * Sets up and inspects what the public API works on, for {@code PublicApiIT}: a branded account
 * with a landing page, its active form and an archived one; raw leads with a delivery status (as
 * intake will store them); and the stored sessions and events, read through the repositories.
 */
@Path("public-api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicApiProbeResource {

    @Inject AccountRepository accounts;
    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject TrackingRepository events;
    @Inject VisitorSessionRepository sessions;
    @Inject MongoStore store;
    @Inject Clock clock;

    /** A new account, LP, active linked form and archived linked form, with fresh codes. */
    @POST
    @Path("landing-page")
    public JsonObject landingPage() {
        Instant now = clock.instant();
        Account account =
                new Account(AccountId.generate(), "Soleil Probe", CrmId.generate(), now, "probe");
        account.brand(
                "soleil.fr",
                "main.png",
                "second.png",
                "mini.png",
                "#FF0000",
                "#00FF00",
                now,
                "probe");
        accounts.store(account);
        Lp lp =
                new Lp(
                        LpId.generate(),
                        lps.nextCode(),
                        account.id(),
                        "LP probe",
                        "https://soleil.fr/lp",
                        ProductType.PV,
                        now,
                        null);
        Form active = form(account, lp, now);
        Form archived = form(account, lp, now);
        archived.archive(now, null);
        forms.store(archived);
        lp.linkForm(active.id(), now, null);
        lps.store(lp);
        return Json.createObjectBuilder()
                .add("account_name", account.name())
                .add("lp_id", lp.id().value())
                .add("lp_code", lp.code().value())
                .add("form_id", active.id().value())
                .add("form_code", active.code().value())
                .add("archived_form_id", archived.id().value())
                .add("archived_form_code", archived.code().value())
                .build();
    }

    private Form form(Account account, Lp lp, Instant now) {
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PV),
                        account.id(),
                        "Form probe",
                        "https://soleil.fr/form",
                        now,
                        null);
        form.linkLp(lp.id(), now, null);
        forms.store(form);
        return form;
    }

    /** A lead document with only what the funnel counts. */
    @POST
    @Path("leads")
    public Response lead(
            @QueryParam("form_code") String formCode, @QueryParam("api_status") String apiStatus) {
        store.database()
                .getCollection("leads")
                .insertOne(
                        new Document("_id", java.util.UUID.randomUUID().toString())
                                .append("form_code", formCode)
                                .append("api_status", apiStatus));
        return Response.noContent().build();
    }

    /** The session as {@link VisitorSessionRepository#find} gives it; 404 when unknown. */
    @GET
    @Path("sessions/{id}")
    public Response session(@PathParam("id") String id) {
        Optional<VisitorSession> found = VisitorSessionId.parse(id).flatMap(sessions::find);
        if (found.isEmpty()) {
            return Response.status(404).build();
        }
        VisitorSession s = found.get();
        return Response.ok(
                        Json.createObjectBuilder()
                                .add("id", s.id().value())
                                .add("lp_visits", s.count(TrackingEventType.LP_VISIT))
                                .add("cta_clicks", s.count(TrackingEventType.CTA_CLICK))
                                .add("form_starts", s.count(TrackingEventType.FORM_START))
                                .add("lp_code", s.lpCode().map(Object::toString).orElse(""))
                                .add("form_code", s.formCode().map(Object::toString).orElse(""))
                                .add(
                                        "liaison_code",
                                        s.liaisonCode().map(Object::toString).orElse(""))
                                .add("first_touch", touch(s.firstTouch()))
                                .add("last_touch", touch(s.lastTouch()))
                                .build())
                .build();
    }

    private static JsonValue touch(Optional<Utm> touch) {
        return touch.<JsonValue>map(
                        t ->
                                Json.createObjectBuilder()
                                        .add("utm_source", t.source())
                                        .add("utm_medium", t.medium())
                                        .add("utm_campaign", t.campaign())
                                        .add("referrer", t.referrer())
                                        .build())
                .orElse(JsonValue.NULL);
    }

    /** A stored event: what the browser sent and which session it belongs to. */
    @GET
    @Path("events/{id}")
    public Response event(@PathParam("id") String id) {
        Optional<TrackingEvent> found = events.find(new TrackingEventId(id));
        if (found.isEmpty()) {
            return Response.status(404).build();
        }
        TrackingEvent e = found.get();
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("event", e.type().wire())
                        .add("ip", e.visitor().ip())
                        .add("user_agent", e.visitor().userAgent())
                        .add("referrer", e.visitor().referrer())
                        .add("session_id", e.session().map(Object::toString).orElse(""))
                        .add("form_code", e.formCode().map(Object::toString).orElse(""))
                        .add("liaison_code", e.liaisonCode().map(Object::toString).orElse(""));
        return Response.ok(json.build()).build();
    }
}
