package fr.enersolar.crm.web.api.config;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.settings.ReferenceData;
import fr.enersolar.crm.domain.model.reference.DiffusionSource;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Diffusion sources (SPEC-seed §5.3 "Config"): {@code GET /api/config/sources} → {@code {sources,
 * count}}; {@code POST} {@code {name, slug, icon?, color?}} → {@code {success, source}} (400 {@code
 * Ce slug existe déjà}); {@code POST /init} adds the seed's eight sources to an empty list; {@code
 * DELETE /{id}} (404 {@code Source non trouvée}). Reading needs the settings section; writing is
 * for its administrators.
 */
@Path("config/sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Paramètres : référentiels")
@SecurityRequirement(name = "bearer")
public class SourcesResource {

    @Inject ReferenceData referenceData;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Requires(value = Section.SETTINGS, access = Access.READ)
    public JsonObject list() {
        JsonArrayBuilder sources = JSON.createArrayBuilder();
        referenceData.sources().forEach(s -> sources.add(json(s)));
        return JSON.createObjectBuilder()
                .add("sources", sources)
                .add("count", referenceData.countSources())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public Response create(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> name = body.requiredText("name");
        Optional<String> slug = body.requiredText("slug");
        String icon = body.textOrEmpty("icon");
        String color = body.textOrEmpty("color");
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        DiffusionSource source =
                referenceData.addSource(
                        staff.require(), name.get(), slug.get(), icon, color, client.ip());
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("source", json(source))
                                .build())
                .build();
    }

    @POST
    @Path("init")
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject init() {
        ReferenceData.Initialised done = referenceData.initSources(staff.require(), client.ip());
        return ConfigJson.initialised(done, "sources", "Sources déjà initialisées");
    }

    @DELETE
    @Path("{id}")
    @Requires(value = Section.SETTINGS, access = Access.ADMIN)
    public JsonObject delete(@PathParam("id") String id) {
        referenceData.removeSource(staff.require(), id, client.ip());
        return JSON.createObjectBuilder().add("success", true).build();
    }

    static JsonObject json(DiffusionSource source) {
        return JSON.createObjectBuilder()
                .add("id", source.id().value())
                .add("name", source.name())
                .add("slug", source.slug().value())
                .add("icon", source.icon())
                .add("color", source.color())
                .add("created_at", source.createdAt().toString())
                .build();
    }
}
