package fr.enersolar.crm.web.security;

import fr.enersolar.crm.web.edge.EndpointGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Jakarta Security's mechanism for the staff: a session token is validated by the identity stores
 * (see {@link SessionTokenIdentityStore}) and, when valid, the request runs as that staff member.
 * Where the token comes from depends on the path:
 *
 * <ul>
 *   <li>the admin API ({@link EndpointGroup#ADMIN}): only an {@code Authorization: Bearer <token>}
 *       header. The login cookie is <em>never</em> read there: a cookie travels with any request
 *       the browser makes, so accepting it would let another site's page call the JSON API in the
 *       staff member's name (cross-site request forgery);
 *   <li>the admin UI's pages ({@code *.xhtml}): only the {@link SessionCookie} (HttpOnly,
 *       SameSite=Strict); Faces postbacks are further tied to the HTTP session by their view state;
 *   <li>the public and v1 paths, health and static resources: nothing (the {@code Authorization}
 *       header of v1 carries the intake key).
 * </ul>
 *
 * It never refuses a request itself: the JAX-RS permission filter answers 401 or 403 in JSON for
 * the endpoints that need a caller, and the admin pages' filter redirects to the login page or
 * answers 403, so public endpoints and the login page stay public.
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String BEARER = "Bearer ";
    static final String PAGE_SUFFIX = ".xhtml";
    static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<String> token = tokenOf(request);
        if (token.isEmpty()) {
            return context.doNothing();
        }
        CredentialValidationResult result =
                identityStores.validate(new BearerTokenCredential(token.get()));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return context.doNothing();
    }

    /** The session token this request may authenticate with, by the rules of the class comment. */
    static Optional<String> tokenOf(HttpServletRequest request) {
        EndpointGroup group = EndpointGroup.of(request);
        if (group == EndpointGroup.ADMIN) {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return Optional.empty();
            }
            return Optional.of(header.substring(BEARER.length()).trim());
        }
        if (group == EndpointGroup.OTHER && isPage(request)) {
            return SessionCookie.read(request);
        }
        return Optional.empty();
    }

    /**
     * A request for an admin UI page (the Faces servlet's {@code *.xhtml} mapping), not for one of
     * the pages' public resources (style sheets, scripts), which need no store lookup.
     */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null
                && path.endsWith(PAGE_SUFFIX)
                && !path.startsWith(RESOURCES)
                && request.getPathInfo() == null;
    }
}
