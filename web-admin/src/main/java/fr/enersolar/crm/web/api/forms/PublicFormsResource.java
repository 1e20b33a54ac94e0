package fr.enersolar.crm.web.api.forms;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.forms.LpForms;
import fr.enersolar.crm.application.forms.PublicForm;
import fr.enersolar.crm.application.forms.PublicForms;
import fr.enersolar.crm.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The form configuration form pages and landing pages read without logging in (SPEC-seed §5.1),
 * with the seed's keys. Unlike the seed, an archived form is not found (404): SPEC-seed §20 lists
 * serving archived forms publicly as a defect.
 */
@PublicEndpoint
@Path("forms/public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicFormsResource {

    @Inject PublicForms forms;

    /** An active form by code or id; 404 {@code Formulaire non trouvé}. */
    @GET
    @Path("{form_code}")
    public Response form(@PathParam("form_code") String codeOrId) {
        return forms.form(codeOrId)
                .map(form -> Response.ok(json(form).build()).build())
                .orElseGet(() -> notFound("Formulaire non trouvé"));
    }

    /** A landing page and its active forms (at most 50); 404 {@code LP non trouvée}. */
    @GET
    @Path("by-lp/{lp_code}")
    public Response byLp(@PathParam("lp_code") String lpCode) {
        return forms.ofLp(lpCode)
                .map(found -> Response.ok(json(found).build()).build())
                .orElseGet(() -> notFound("LP non trouvée"));
    }

    private static JsonObjectBuilder json(PublicForm found) {
        PublicForm.Page form = found.form();
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add(
                                "form",
                                JSON.createObjectBuilder()
                                        .add("id", text(form.id()))
                                        .add("code", text(form.code()))
                                        .add("name", text(form.name()))
                                        .add("url", text(form.url()))
                                        .add("product_type", text(form.productType()))
                                        .add("tracking_type", text(form.trackingType()))
                                        .add("redirect_url", text(form.redirectUrl())));
        json.add("lp", found.lp().<JsonValue>map(lp -> json(lp).build()).orElse(JsonValue.NULL));
        json.add(
                "account",
                found.account()
                        .<JsonValue>map(
                                account ->
                                        JSON.createObjectBuilder()
                                                .add("name", text(account.name()))
                                                .add(
                                                        "logos",
                                                        JSON.createObjectBuilder()
                                                                .add(
                                                                        "main",
                                                                        text(account.logoMain()))
                                                                .add(
                                                                        "secondary",
                                                                        text(
                                                                                account
                                                                                        .logoSecondary()))
                                                                .add(
                                                                        "mini",
                                                                        text(account.logoMini())))
                                                .add(
                                                        "colors",
                                                        JSON.createObjectBuilder()
                                                                .add(
                                                                        "primary",
                                                                        text(
                                                                                account
                                                                                        .primaryColor()))
                                                                .add(
                                                                        "secondary",
                                                                        text(
                                                                                account
                                                                                        .secondaryColor())))
                                                .build())
                        .orElse(JsonValue.NULL));
        return json;
    }

    private static JsonObjectBuilder json(PublicForm.LinkedLp lp) {
        return JSON.createObjectBuilder()
                .add("id", text(lp.id()))
                .add("code", text(lp.code()))
                .add("url", text(lp.url()));
    }

    private static JsonObjectBuilder json(LpForms found) {
        JsonArrayBuilder forms = JSON.createArrayBuilder();
        found.forms()
                .forEach(
                        f ->
                                forms.add(
                                        JSON.createObjectBuilder()
                                                .add("id", text(f.id()))
                                                .add("code", text(f.code()))
                                                .add("name", text(f.name()))
                                                .add("url", text(f.url()))
                                                .add("product_type", text(f.productType()))));
        return JSON.createObjectBuilder().add("lp", json(found.lp())).add("forms", forms);
    }

    /** A stored text; null (the seed's {@code None}) when a migrated document lacks it. */
    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value);
    }

    private static Response notFound(String detail) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JSON.createObjectBuilder().add("detail", detail).build())
                .build();
    }
}
