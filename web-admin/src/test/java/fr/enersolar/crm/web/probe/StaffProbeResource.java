package fr.enersolar.crm.web.probe;

import fr.enersolar.crm.application.auth.LoginOutcome;
import fr.enersolar.crm.application.auth.StaffAuthentication;
import fr.enersolar.crm.domain.model.session.Session;
import fr.enersolar.crm.domain.model.session.SessionId;
import fr.enersolar.crm.domain.model.session.SessionRepository;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.user.Email;
import fr.enersolar.crm.domain.model.user.PasswordHasher;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.domain.model.user.UserRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test-only: creates a staff member of a role (optionally with exactly the given sections), logs
 * them in through the real authentication and answers the bearer token, so admin API tests do not
 * depend on the users API they may be testing.
 */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffProbeResource {

    @Inject UserRepository users;
    @Inject PasswordHasher hasher;
    @Inject StaffAuthentication authentication;

    @POST
    public JsonObject create(
            @QueryParam("role") String role, @QueryParam("sections") String sections) {
        String email = "staff-" + UUID.randomUUID() + "@test.example";
        String password = UUID.randomUUID().toString();
        User user =
                new User(
                        UserId.generate(),
                        new Email(email),
                        hasher.hash(password.toCharArray()),
                        "Test " + role,
                        Role.parse(role),
                        Instant.now(),
                        null);
        if (sections != null) {
            Set<Section> granted = EnumSet.noneOf(Section.class);
            Arrays.stream(sections.split(","))
                    .filter(s -> !s.isBlank())
                    .map(s -> Section.valueOf(s.trim().toUpperCase(Locale.ROOT)))
                    .forEach(granted::add);
            user.grant(granted, Instant.now());
        }
        users.add(user);
        LoginOutcome.LoggedIn in =
                (LoginOutcome.LoggedIn)
                        authentication.login(email, password.toCharArray(), "127.0.0.1");
        return Json.createObjectBuilder()
                .add("token", in.token())
                .add("user_id", user.id().value())
                .add("email", email)
                .add("password", password)
                .build();
    }

    @Inject SessionRepository sessions;
    @Inject Pbkdf2PasswordHash containerHash;

    /** Deactivates the user directly in the store (the users API may end sessions too). */
    @POST
    @Path("{id}/deactivate")
    public Response deactivate(@PathParam("id") String id) {
        User user = users.find(new UserId(id)).orElseThrow();
        user.deactivate(Instant.now());
        users.store(user);
        return Response.noContent().build();
    }

    /** Stores a session of the user that expired a day ago; answers its token. */
    @POST
    @Path("{id}/expired-session")
    public JsonObject expiredSession(@PathParam("id") String id) {
        String token = UUID.randomUUID().toString() + UUID.randomUUID();
        Instant now = Instant.now();
        sessions.store(
                new Session(
                        SessionId.generate(),
                        SessionTokenHash.of(token),
                        new UserId(id),
                        now.minus(Duration.ofDays(8)),
                        now.minus(Duration.ofDays(1))));
        return Json.createObjectBuilder().add("token", token).build();
    }

    /**
     * Whether the server's own Jakarta Security {@code Pbkdf2PasswordHash} verifies a hash our
     * hasher made: the stored format is the standard one.
     */
    @POST
    @Path("hash-interop")
    public JsonObject hashInterop() {
        String password = UUID.randomUUID().toString();
        String hash = hasher.hash(password.toCharArray());
        containerHash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512"));
        return Json.createObjectBuilder()
                .add("hash_prefix", hash.substring(0, hash.indexOf(':', hash.indexOf(':') + 1)))
                .add("right", containerHash.verify(password.toCharArray(), hash))
                .add("wrong", containerHash.verify("not it".toCharArray(), hash))
                .build();
    }
}
