package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lp.FormMode;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.shared.TrackingType;
import fr.enersolar.crm.domain.model.tracking.Utm;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Test-only, for the brief tests: an account, landing page and form made through the repositories
 * with whatever values the test gives (hostile ones included, as staff could type them), and the
 * leads stored for a form with their tracking codes, session and campaign touches.
 */
@Path("briefs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BriefProbeResource {

    @Inject AccountRepository accounts;
    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject LeadRepository leads;
    @Inject Clock clock;

    /**
     * Body (every field optional): {@code account_name, gtm_head, gtm_body, gtm_conversion, cgu,
     * privacy, lp_name, lp_url, form_mode, form_url, tracking_type, redirect_url, form_name,
     * product, store_account (default true), store_form (default true)}. Answers the ids and codes.
     */
    @POST
    @Path("landing-page")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject landingPage(String raw) {
        JsonObject body = Json.createReader(new java.io.StringReader(raw)).readObject();
        Instant now = clock.instant();
        Account account =
                new Account(
                        AccountId.generate(),
                        body.getString("account_name", "Soleil Brief"),
                        CrmId.generate(),
                        now,
                        "probe");
        account.tagManager(
                body.getString("gtm_head", ""),
                body.getString("gtm_body", ""),
                body.getString("gtm_conversion", ""),
                now,
                "probe");
        account.legalTexts(body.getString("privacy", ""), body.getString("cgu", ""), now, "probe");
        if (body.getBoolean("store_account", true)) {
            accounts.store(account);
        }
        ProductType product = ProductType.parse(body.getString("product", "PV"));
        Lp lp =
                new Lp(
                        LpId.generate(),
                        lps.nextCode(),
                        account.id(),
                        body.getString("lp_name", "LP brief"),
                        body.getString("lp_url", "https://soleil.example/lp"),
                        product,
                        now,
                        null);
        lp.placeForm(
                FormMode.fromWire(body.getString("form_mode", "redirect")),
                body.getString("form_url", ""),
                now,
                null);
        TrackingType tracking = TrackingType.fromWire(body.getString("tracking_type", "redirect"));
        String redirect = body.getString("redirect_url", "/merci");
        lp.trackWith(tracking, redirect, now, null);
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(product),
                        account.id(),
                        body.getString("form_name", "Form LP brief"),
                        lp.formUrl(),
                        now,
                        null);
        form.trackWith(tracking, redirect, now, null);
        form.linkLp(lp.id(), now, null);
        if (body.getBoolean("store_form", true)) {
            forms.store(form);
        }
        lp.linkForm(form.id(), now, null);
        lps.store(lp);
        return Json.createObjectBuilder()
                .add("lp_id", lp.id().value())
                .add("lp_code", lp.code().value())
                .add("form_id", form.id().value())
                .add("form_code", form.code().value())
                .build();
    }

    /** The most recent leads (among the last 200) of the form with this code. */
    @GET
    @Path("leads")
    public JsonObject leads(@QueryParam("form_code") String formCode) {
        FormCode code = new FormCode(formCode);
        JsonArrayBuilder found = Json.createArrayBuilder();
        leads.recent(0, 200).stream()
                .filter(lead -> lead.formCode().filter(code::equals).isPresent())
                .forEach(lead -> found.add(json(lead)));
        return Json.createObjectBuilder().add("leads", found).build();
    }

    private static JsonObject json(Lead lead) {
        return Json.createObjectBuilder()
                .add("id", lead.id().value())
                .add("status", lead.status())
                .add("form_code", lead.formCode().map(FormCode::value).orElse(""))
                .add("lp_code", lead.attribution().lpCode())
                .add("liaison_code", lead.attribution().liaisonCode())
                .add("source", lead.attribution().source())
                .add("utm_source", lead.attribution().utmSource())
                .add("utm_medium", lead.attribution().utmMedium())
                .add("utm_campaign", lead.attribution().utmCampaign())
                .add("session_id", lead.sessionId() == null ? "" : lead.sessionId())
                .add("utm_first", touch(lead.firstTouch()))
                .add("utm_last", touch(lead.lastTouch()))
                .add("phone", lead.prospect().phone())
                .add("nom", lead.prospect().nom())
                .add("departement", lead.prospect().departement())
                .add("page_url", lead.consent().map(c -> c.pageUrl()).orElse(""))
                .add("rgpd_consent", lead.rgpdConsent())
                .build();
    }

    private static JsonValue touch(Optional<Utm> touch) {
        return touch.<JsonValue>map(
                        t ->
                                Json.createObjectBuilder()
                                        .add("utm_source", t.source())
                                        .add("utm_medium", t.medium())
                                        .add("utm_campaign", t.campaign())
                                        .build())
                .orElse(JsonValue.NULL);
    }
}
