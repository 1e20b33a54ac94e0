package fr.enersolar.crm.web.api.users;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.users.NewUser;
import fr.enersolar.crm.application.users.UserAdministration;
import fr.enersolar.crm.application.users.UserChanges;
import fr.enersolar.crm.application.users.UsersPage;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.web.api.auth.StaffJson;
import fr.enersolar.crm.web.api.json.JsonBody;
import fr.enersolar.crm.web.api.json.QueryParams;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff management (SPEC-seed §4.3), administrators only. Differences from the seed, all security
 * fixes: the list is paged ({@code limit} ≤ 200, {@code skip}; answer {@code {users, total, limit,
 * skip}}); passwords need at least 10 characters; {@code role} must be admin, editor or viewer;
 * {@code PUT} accepts {@code password} (the user's other sessions end) and {@code active: false}
 * ends every session of the user at once, as {@code DELETE} does; nobody can deactivate, delete or
 * demote themselves. No answer ever carries a password hash.
 */
@Path("auth/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Requires(value = Section.USERS, access = Access.ADMIN)
@Tag(name = "Utilisateurs", description = "Gestion des comptes du personnel (administrateurs)")
@SecurityRequirement(name = "bearer")
public class UsersResource {

    @Inject UserAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    public JsonObject list(@QueryParam("limit") String limit, @QueryParam("skip") String skip) {
        int size = QueryParams.intParam("limit", limit, 100, 1, UserAdministration.MAX_PAGE);
        int from = QueryParams.intParam("skip", skip, 0, 0, Integer.MAX_VALUE);
        UsersPage page = administration.list(from, size);
        JsonArrayBuilder users = JSON.createArrayBuilder();
        page.users().forEach(u -> users.add(StaffJson.full(u)));
        return JSON.createObjectBuilder()
                .add("users", users)
                .add("total", page.total())
                .add("limit", size)
                .add("skip", from)
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> email = body.requiredText("email");
        Optional<String> password = body.requiredText("password");
        String nom = body.textOrEmpty("nom");
        Optional<Role> role = role(body);
        Optional<Map<Section, Boolean>> permissions = permissions(body);
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        char[] secret = password.orElseThrow().toCharArray();
        try {
            User user =
                    administration.create(
                            staff.require(),
                            new NewUser(
                                    email.orElseThrow(),
                                    secret,
                                    nom,
                                    role.orElse(Role.VIEWER),
                                    permissions),
                            client.ip());
            return success(user);
        } finally {
            UserAdministration.wipe(secret);
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            String raw) {
        Optional<UserId> userId = userId(id);
        if (userId.isEmpty()) {
            return ErrorResponses.detail(404, "Utilisateur non trouvé");
        }
        JsonBody body = JsonBody.parse(raw);
        Optional<String> nom = body.text("nom");
        Optional<Role> role = role(body);
        Optional<Map<Section, Boolean>> permissions = permissions(body);
        Optional<Boolean> active = body.bool("active");
        Optional<String> password = body.text("password");
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        Optional<char[]> secret = password.map(String::toCharArray);
        try {
            User user =
                    administration.update(
                            staff.require(),
                            userId.get(),
                            new UserChanges(nom, role, permissions, active, secret),
                            callerSession(authorization),
                            client.ip());
            return success(user);
        } finally {
            secret.ifPresent(UserAdministration::wipe);
        }
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        Optional<UserId> userId = userId(id);
        if (userId.isEmpty()) {
            return ErrorResponses.detail(404, "Utilisateur non trouvé");
        }
        administration.deactivate(staff.require(), userId.get(), client.ip());
        return Response.ok(JSON.createObjectBuilder().add("success", true).build()).build();
    }

    private static Response success(User user) {
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("user", StaffJson.full(user))
                                .build())
                .build();
    }

    private static Optional<UserId> userId(String id) {
        try {
            return Optional.of(new UserId(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static Optional<Role> role(JsonBody body) {
        Optional<String> text = body.text("role");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.parse(text.get()));
        } catch (IllegalArgumentException e) {
            body.problem("role", "doit être admin, editor ou viewer");
            return Optional.empty();
        }
    }

    /** The sections sent: booleans under the section keys; an unknown key is a problem. */
    private static Optional<Map<Section, Boolean>> permissions(JsonBody body) {
        Optional<JsonObject> object = body.object("permissions");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Map<Section, Boolean> sections = new EnumMap<>(Section.class);
        for (Map.Entry<String, JsonValue> entry : object.get().entrySet()) {
            Optional<Section> section = section(entry.getKey());
            JsonValue value = entry.getValue();
            String field = "permissions." + entry.getKey();
            if (section.isEmpty()) {
                body.problem(field, "section inconnue");
            } else if (value.getValueType() == JsonValue.ValueType.TRUE
                    || value.getValueType() == JsonValue.ValueType.FALSE) {
                sections.put(section.get(), value.getValueType() == JsonValue.ValueType.TRUE);
            } else {
                body.problem(field, "doit être true ou false");
            }
        }
        return Optional.of(sections);
    }

    private static Optional<Section> section(String key) {
        for (Section section : Section.values()) {
            if (section.key().equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }

    /** The caller's own session, kept when they change their own password. */
    private static Optional<SessionTokenHash> callerSession(String authorization) {
        if (authorization == null || authorization.length() <= "Bearer ".length()) {
            return Optional.empty();
        }
        String token = authorization.substring("Bearer ".length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(SessionTokenHash.of(token));
    }
}
