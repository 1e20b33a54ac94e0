package fr.enersolar.crm.web.security;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Enforces one endpoint's {@link Permission}: 401 {@code Non authentifié} without a bearer header,
 * 401 {@code Session expirée} when the token is unknown, expired or its user inactive, 403 with the
 * reason when the caller may not do this. Bodies are JSON {@code {"detail": …}} as in the seed.
 */
@Priority(Priorities.AUTHORIZATION)
public class PermissionFilter implements ContainerRequestFilter {

    private final Permission rule;
    private final CurrentStaff staff;

    /**
     * @param staff the request-scoped caller's client proxy, looked up once at deployment (a CDI
     *     lookup per request would walk the stack to find the bean manager)
     */
    PermissionFilter(Permission rule, CurrentStaff staff) {
        this.rule = rule;
        this.staff = staff;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<StaffIdentity> caller = staff.identity();
        if (caller.isEmpty()) {
            String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
            boolean bearer =
                    header != null
                            && header.regionMatches(
                                    true,
                                    0,
                                    BearerAuthenticationMechanism.BEARER,
                                    0,
                                    BearerAuthenticationMechanism.BEARER.length());
            request.abortWith(
                    Response.fromResponse(
                                    ErrorResponses.detail(
                                            401, bearer ? "Session expirée" : "Non authentifié"))
                            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .build());
            return;
        }
        if (!rule.allows(caller.get())) {
            // JSON even on an endpoint that produces CSV, so the refusal is never turned into a 406
            request.abortWith(
                    Response.fromResponse(ErrorResponses.detail(403, rule.refusal()))
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .build());
        }
    }
}
