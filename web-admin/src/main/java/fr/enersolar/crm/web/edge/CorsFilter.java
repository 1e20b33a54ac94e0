package fr.enersolar.crm.web.edge;

import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * CORS for {@code /api} as {@link CorsPolicy} decides. Preflights ({@code OPTIONS} with {@code
 * Origin} and {@code Access-Control-Request-Method}) are answered here, before any resource is
 * matched: 204 with the allowed methods and headers, or 403 when the origin is not allowed. Every
 * other answer, errors and 429s included, gets {@code Access-Control-Allow-Origin} when its origin
 * is allowed, so scripts can read it. {@code Access-Control-Allow-Credentials} is never sent.
 */
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String ORIGIN = "Origin";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";
    static final String REQUEST_HEADERS = "Access-Control-Request-Headers";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";

    /** How long a browser may reuse a preflight answer, in seconds. */
    static final String PREFLIGHT_MAX_AGE = "600";

    /** Response headers scripts may read beyond the CORS-safelisted ones. */
    static final String EXPOSED = "Retry-After";

    @Inject EdgeConfiguration edge;
    @Inject RequestGroup requestGroup;

    @Override
    public void filter(ContainerRequestContext request) {
        EndpointGroup group = requestGroup.of(request);
        if (group == EndpointGroup.OTHER || !isPreflight(request)) {
            return;
        }
        Optional<String> allowed = edge.cors().allowOrigin(group, request.getHeaderString(ORIGIN));
        if (allowed.isEmpty()) {
            request.abortWith(ErrorResponses.detail(403, "Origine non autorisée"));
            return;
        }
        Response.ResponseBuilder preflight =
                Response.noContent()
                        .header(ALLOW_METHODS, edge.cors().allowMethods(group))
                        .header(MAX_AGE, PREFLIGHT_MAX_AGE);
        CorsPolicy.allowHeaders(request.getHeaderString(REQUEST_HEADERS))
                .ifPresent(h -> preflight.header(ALLOW_HEADERS, h));
        request.abortWith(preflight.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.remove(ALLOW_CREDENTIALS);
        EndpointGroup group = requestGroup.of(request);
        if (group == EndpointGroup.OTHER) {
            return;
        }
        if (edge.cors().variesByOrigin(group)) {
            addVaryOrigin(headers);
        }
        edge.cors()
                .allowOrigin(group, request.getHeaderString(ORIGIN))
                .ifPresent(
                        origin -> {
                            headers.putSingle(ALLOW_ORIGIN, origin);
                            headers.putSingle(EXPOSE_HEADERS, EXPOSED);
                        });
    }

    private static boolean isPreflight(ContainerRequestContext request) {
        return HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaderString(ORIGIN) != null
                && request.getHeaderString(REQUEST_METHOD) != null;
    }

    private static void addVaryOrigin(MultivaluedMap<String, Object> headers) {
        boolean present =
                headers.getOrDefault("Vary", java.util.List.of()).stream()
                        .map(String::valueOf)
                        .anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("origin"));
        if (!present) {
            headers.add("Vary", ORIGIN);
        }
    }
}
