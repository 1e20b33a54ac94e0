package fr.enersolar.crm.web.api.settings;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.settings.RedistributionKeys;
import fr.enersolar.crm.domain.model.crm.RedistributionKey;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonBody;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The partner keys per CRM × product (SPEC-seed §19 "redistribution keys", new here: the seed kept
 * them in {@code system_config}): the key a lead carries to a CRM other than its account's. {@code
 * product} is {@code PV}, {@code PAC}, {@code ITE} or {@code *} (every product without its own
 * key). Real secrets: listed masked ({@code ****} + last 4); {@code PUT} answers the clear value
 * once; stored sealed (AES-GCM); the activity log gets masked values.
 */
@Path("settings/redistribution-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clés partenaires", description = "Clés par CRM × produit pour les envois inter-CRM")
@SecurityRequirement(name = "bearer")
public class RedistributionKeysResource {

    @Inject RedistributionKeys keys;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(value = Section.SETTINGS, access = Access.READ)
    @Operation(summary = "Les clés, masquées")
    public JsonObject list() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (RedistributionKeys.Listed listed : keys.list()) {
            JsonObjectBuilder json = describe(listed.key());
            listed.crm()
                    .ifPresentOrElse(
                            crm ->
                                    json.add("crm_slug", crm.slug().value())
                                            .add("crm_name", crm.name()),
                            () -> json.addNull("crm_slug").addNull("crm_name"));
            list.add(json);
        }
        JsonArrayBuilder products =
                JSON.createArrayBuilder().add("PV").add("PAC").add("ITE").add("*");
        return JSON.createObjectBuilder().add("keys", list).add("products", products).build();
    }

    @PUT
    @Path("{crm_id}/{product}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    @Operation(
            summary = "Pose ou remplace la clé d'un CRM pour un produit",
            description = "La réponse montre la clé en clair, une seule fois.")
    public Response set(
            @PathParam("crm_id") String crmId, @PathParam("product") String product, String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> apiKey = body.requiredText("api_key");
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        RedistributionKey stored =
                keys.set(staff.require(), crmId, product, apiKey.orElseThrow(), client.ip());
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("key", describe(stored).add("api_key", apiKey.get().trim()))
                                .build())
                .build();
    }

    @DELETE
    @Path("{crm_id}/{product}")
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject delete(
            @PathParam("crm_id") String crmId, @PathParam("product") String product) {
        keys.remove(staff.require(), crmId, product, client.ip());
        return JSON.createObjectBuilder().add("success", true).build();
    }

    private static JsonObjectBuilder describe(RedistributionKey key) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("crm_id", key.crm().value())
                        .add("product_type", key.productScope())
                        .add("api_key_masked", key.maskedKey())
                        .add("created_at", key.createdAt().toString())
                        .add("updated_at", key.updatedAt().toString());
        if (key.updatedBy() == null) {
            json.addNull("updated_by");
        } else {
            json.add("updated_by", key.updatedBy().value());
        }
        return json;
    }
}
