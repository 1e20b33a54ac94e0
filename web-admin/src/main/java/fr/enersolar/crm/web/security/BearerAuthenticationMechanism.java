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

/**
 * Jakarta Security's mechanism for the admin API: an {@code Authorization: Bearer <token>} header
 * is validated by the identity stores (see {@link SessionTokenIdentityStore}) and, when valid, the
 * request runs as that staff member. It never refuses a request itself: the JAX-RS permission
 * filter answers 401 or 403 in JSON for the endpoints that need a caller, so public endpoints stay
 * public. The public and v1 paths are skipped (their {@code Authorization} header carries the
 * intake key).
 */
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String BEARER = "Bearer ";

    @Inject IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || EndpointGroup.of(request) != EndpointGroup.ADMIN) {
            return context.doNothing();
        }
        String token = header.substring(BEARER.length()).trim();
        CredentialValidationResult result =
                identityStores.validate(new BearerTokenCredential(token));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return context.doNothing();
    }
}
