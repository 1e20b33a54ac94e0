package fr.enersolar.crm.web.api.config;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.settings.ReferenceData;
import fr.enersolar.crm.domain.model.reference.LibraryImage;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonBody;
import fr.enersolar.crm.web.api.json.QueryParams;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The image library (SPEC-seed §5.3 "Config"; URLs only, no upload): {@code GET /api/config/images}
 * with {@code category?}, {@code limit} (default 100, at most 200) and {@code skip}, newest first →
 * {@code {images, count, total, limit, skip}}; {@code POST} {@code {name, url, category = photo,
 * tags?}} → {@code {success, image}}; {@code DELETE /{id}} (404 {@code Image non trouvée}).
 * Differences from the seed: only absolute {@code http(s)} URLs and the four categories are
 * accepted (the URLs end up in generated pages), and writing is for administrators of the settings
 * (the seed let any user write).
 */
@Path("config/images")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Paramètres : référentiels")
@SecurityRequirement(name = "bearer")
public class ImagesResource {

    @Inject ReferenceData referenceData;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(value = Section.SETTINGS, access = Access.READ)
    public JsonObject list(
            @QueryParam("category") String category,
            @QueryParam("limit") String limit,
            @QueryParam("skip") String skip) {
        int size = QueryParams.intParam("limit", limit, 100, 1, ReferenceData.MAX_IMAGES_PAGE);
        int from = QueryParams.intParam("skip", skip, 0, 0, Integer.MAX_VALUE);
        ReferenceData.ImagesPage page =
                referenceData.images(Optional.ofNullable(QueryParams.text(category)), from, size);
        JsonArrayBuilder images = JSON.createArrayBuilder();
        page.images().forEach(i -> images.add(json(i)));
        return JSON.createObjectBuilder()
                .add("images", images)
                .add("count", page.images().size())
                .add("total", page.total())
                .add("limit", size)
                .add("skip", from)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public Response create(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> name = body.requiredText("name");
        Optional<String> url = body.requiredText("url");
        Optional<String> category = body.text("category");
        List<String> tags = body.array("tags").map(a -> tags(body, a)).orElse(List.of());
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        LibraryImage image =
                referenceData.addImage(
                        staff.require(),
                        name.get(),
                        url.get(),
                        category.orElse("photo"),
                        tags,
                        client.ip());
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("image", json(image))
                                .build())
                .build();
    }

    @DELETE
    @Path("{id}")
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject delete(@PathParam("id") String id) {
        referenceData.removeImage(staff.require(), id, client.ip());
        return JSON.createObjectBuilder().add("success", true).build();
    }

    private static List<String> tags(JsonBody body, JsonArray array) {
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue tag = array.get(i);
            if (tag instanceof JsonString text) {
                tags.add(text.getString());
            } else {
                body.problem("tags[" + i + "]", "doit être une chaîne de caractères");
            }
        }
        return tags;
    }

    static JsonObject json(LibraryImage image) {
        JsonArrayBuilder tags = JSON.createArrayBuilder();
        image.tags().forEach(tags::add);
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("id", image.id().value())
                        .add("name", image.name())
                        .add("url", image.url())
                        .add("category", image.category())
                        .add("tags", tags)
                        .add("created_at", image.createdAt().toString());
        if (image.createdBy() == null) {
            json.addNull("created_by");
        } else {
            json.add("created_by", image.createdBy().value());
        }
        return json.build();
    }
}
