package fr.enersolar.crm.web.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Which policy a request path falls under. The one place that lists the public path prefixes: CORS
 * and rate limits both read it.
 */
public enum EndpointGroup {
    /** The v1 lead intake ({@code /api/v1/}): open CORS, its own rate limit. */
    INTAKE,
    /** Tracking, public form configuration and health: open CORS, the public rate limit. */
    PUBLIC,
    /** Everything else under {@code /api}: CORS only for the configured admin origins. */
    ADMIN,
    /** Outside {@code /api} (the {@code /health} probes, later the admin UI): no CORS, no limit. */
    OTHER;

    /** The v1 intake prefix. */
    public static final String INTAKE_PREFIX = "/api/v1/";

    /**
     * The public prefixes other than intake. A prefix ending in {@code /} covers what is below it;
     * one without covers the path itself and what is below it.
     */
    public static final List<String> PUBLIC_PREFIXES =
            List.of("/api/track/", "/api/forms/public/", "/api/forms/config/", "/api/health");

    private static final String API = "/api";

    /** The group of a path relative to the context root, such as {@code /api/v1/leads}. */
    public static EndpointGroup of(String path) {
        if (path.startsWith(INTAKE_PREFIX)) {
            return INTAKE;
        }
        if (PUBLIC_PREFIXES.stream().anyMatch(p -> covers(p, path))) {
            return PUBLIC;
        }
        return covers(API, path) ? ADMIN : OTHER;
    }

    /** The group of the request being served (its path as the servlet container decoded it). */
    public static EndpointGroup of(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return of(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
    }

    /** Whether browsers on any allowed public origin may call it, without credentials. */
    public boolean isPublic() {
        return this == INTAKE || this == PUBLIC;
    }

    private static boolean covers(String prefix, String path) {
        if (prefix.endsWith("/")) {
            return path.startsWith(prefix);
        }
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
