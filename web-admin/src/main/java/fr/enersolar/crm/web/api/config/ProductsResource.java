package fr.enersolar.crm.web.api.config;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.settings.ReferenceData;
import fr.enersolar.crm.domain.model.reference.Aide;
import fr.enersolar.crm.domain.model.reference.ProductDefinition;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonBody;
import fr.enersolar.crm.web.api.json.JsonObjects;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Product types and their financial aids (SPEC-seed §5.3 "Config"): {@code GET
 * /api/config/products} → {@code {products, count}}; {@code POST} {@code {code, name, color?,
 * aides?}} → {@code {success, product}} (400 {@code Ce code existe déjà}); {@code POST /init} adds
 * PV, PAC and ITE with French aid descriptions to an empty list; {@code PUT /{id}/aides} with the
 * list of {@code {name, amount, conditions}} (or {@code {"aides": [...]}}) → {@code {success,
 * product}} (404 {@code Produit non trouvé}). Amounts are text ("jusqu'à 4 000 €"); a number is
 * kept as its text.
 */
@Path("config/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Paramètres : référentiels")
@SecurityRequirement(name = "bearer")
public class ProductsResource {

    @Inject ReferenceData referenceData;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(value = Section.SETTINGS, access = Access.READ)
    public JsonObject list() {
        JsonArrayBuilder products = JSON.createArrayBuilder();
        referenceData.products().forEach(p -> products.add(json(p)));
        return JSON.createObjectBuilder()
                .add("products", products)
                .add("count", referenceData.countProducts())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public Response create(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> code = body.requiredText("code");
        Optional<String> name = body.requiredText("name");
        String color = body.textOrEmpty("color");
        List<Aide> aides =
                body.array("aides").map(a -> ConfigJson.aides(body, a)).orElse(List.of());
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        ProductDefinition product =
                referenceData.addProduct(
                        staff.require(), code.get(), name.get(), color, aides, client.ip());
        return success(product);
    }

    @POST
    @Path("init")
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject init() {
        ReferenceData.Initialised done = referenceData.initProducts(staff.require(), client.ip());
        return ConfigJson.initialised(done, "produits", "Produits déjà initialisés");
    }

    @PUT
    @Path("{id}/aides")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public Response replaceAides(@PathParam("id") String id, String raw) {
        // The seed sends the bare list; an object {"aides": [...]} is accepted too.
        Optional<JsonArray> bare = bareArray(raw);
        JsonBody body = bare.isPresent() ? JsonBody.parse("{}") : JsonBody.parse(raw);
        Optional<JsonArray> array = bare.isPresent() ? bare : body.array("aides");
        if (array.isEmpty() && body.problems().isEmpty()) {
            return ErrorResponses.invalid("aides", "champ requis (liste d'aides)");
        }
        List<Aide> aides = array.map(a -> ConfigJson.aides(body, a)).orElse(List.of());
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        return success(referenceData.replaceAides(staff.require(), id, aides, client.ip()));
    }

    private static Optional<JsonArray> bareArray(String raw) {
        if (raw == null || !raw.stripLeading().startsWith("[")) {
            return Optional.empty();
        }
        if (JsonObjects.parse("{\"a\":" + raw + "}") instanceof JsonObjects.Accepted accepted) {
            JsonValue value = accepted.object().get("a");
            return Optional.of(value.asJsonArray());
        }
        return Optional.empty();
    }

    private static Response success(ProductDefinition product) {
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("product", json(product))
                                .build())
                .build();
    }

    static JsonObject json(ProductDefinition product) {
        JsonArrayBuilder aides = JSON.createArrayBuilder();
        for (Aide aide : product.aides()) {
            aides.add(
                    JSON.createObjectBuilder()
                            .add("name", aide.name())
                            .add("amount", aide.amount())
                            .add("conditions", aide.conditions()));
        }
        return JSON.createObjectBuilder()
                .add("id", product.id().value())
                .add("code", product.code())
                .add("name", product.name())
                .add("color", product.color())
                .add("aides", aides)
                .add("created_at", product.createdAt().toString())
                .add("updated_at", product.updatedAt().toString())
                .build();
    }
}
