package fr.enersolar.crm.web.api.auth;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.auth.LoginOutcome;
import fr.enersolar.crm.application.auth.StaffAuthentication;
import fr.enersolar.crm.domain.model.user.UserRepository;
import fr.enersolar.crm.web.api.json.JsonBody;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.AnyStaff;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff login, logout and profile (SPEC-seed §4.1): {@code POST /api/auth/login} answers an opaque
 * bearer token and the user; {@code POST /api/auth/logout} ends that session; {@code GET
 * /api/auth/me} shows the caller. Differences from the seed: the account is locked for a while
 * after too many failures in a row (429 with {@code Retry-After}), and a deactivated user's token
 * stops working at once.
 */
@Path("auth")
@Tag(name = "Authentification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject StaffAuthentication authentication;
    @Inject UserRepository users;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject Clock clock;

    @POST
    @Path("login")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<String> email = body.requiredText("email");
        Optional<String> password = body.requiredText("password");
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        char[] secret = password.orElseThrow().toCharArray();
        LoginOutcome outcome = authentication.login(email.orElseThrow(), secret, client.ip());
        java.util.Arrays.fill(secret, '\0');
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            return Response.ok(
                            JSON.createObjectBuilder()
                                    .add("token", in.token())
                                    .add("expires_at", in.expiresAt().toString())
                                    .add("user", StaffJson.summary(in.user()))
                                    .build())
                    .build();
        }
        if (outcome instanceof LoginOutcome.Deactivated) {
            return ErrorResponses.detail(403, "Compte désactivé");
        }
        if (outcome instanceof LoginOutcome.Locked locked) {
            long seconds =
                    Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
            return Response.fromResponse(
                            ErrorResponses.detail(
                                    429,
                                    "Compte verrouillé après trop d'échecs : réessayez dans "
                                            + Math.max(1, (seconds + 59) / 60)
                                            + " min"))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        }
        return ErrorResponses.detail(401, "Email ou mot de passe incorrect");
    }

    @POST
    @Path("logout")
    @AnyStaff
    @SecurityRequirement(name = "bearer")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authentication.logout(authorization.substring("Bearer ".length()).trim());
        return Response.ok(JSON.createObjectBuilder().add("success", true).build()).build();
    }

    @GET
    @Path("me")
    @AnyStaff
    @SecurityRequirement(name = "bearer")
    public Response me() {
        return users.find(staff.require().user())
                .map(user -> Response.ok(StaffJson.full(user)).build())
                .orElseGet(() -> ErrorResponses.detail(401, "Utilisateur non trouvé"));
    }
}
