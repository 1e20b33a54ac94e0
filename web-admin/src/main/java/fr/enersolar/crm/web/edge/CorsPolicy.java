package fr.enersolar.crm.web.edge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which browser origins may call which endpoints cross-origin. Public and v1 endpoints serve
 * landing pages on customers' domains: the configured public origins, possibly {@code *}. Admin
 * endpoints serve only the configured admin origins ({@code *} refused). Credentials are never
 * allowed cross-origin: the public endpoints need none, the admin API authenticates with a bearer
 * header.
 */
public final class CorsPolicy {

    /** What a browser may send in a preflight's request method list. */
    static final String PUBLIC_METHODS = "GET, POST, OPTIONS";

    static final String ADMIN_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

    private static final String ANY = "*";

    private static final Pattern ORIGIN =
            Pattern.compile(
                    "https?://[a-z0-9.\\-]+(:\\d{1,5})?|https?://\\[[0-9a-f:.]+\\](:\\d{1,5})?");

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~\\-]+");

    private static final int MAX_ALLOWED_HEADERS = 30;

    private final boolean anyPublicOrigin;
    private final Set<String> publicOrigins;
    private final Set<String> adminOrigins;

    private CorsPolicy(
            boolean anyPublicOrigin, Set<String> publicOrigins, Set<String> adminOrigins) {
        this.anyPublicOrigin = anyPublicOrigin;
        this.publicOrigins = Set.copyOf(publicOrigins);
        this.adminOrigins = Set.copyOf(adminOrigins);
    }

    /**
     * Reads both origin lists ({@code scheme://host[:port]}, a trailing {@code /} tolerated).
     *
     * @throws IllegalArgumentException on a malformed origin, or {@code *} among admin origins
     */
    public static CorsPolicy of(List<String> publicOrigins, List<String> adminOrigins) {
        boolean any = publicOrigins.stream().anyMatch(o -> o.trim().equals(ANY));
        Set<String> publics = new LinkedHashSet<>();
        for (String origin : publicOrigins) {
            if (!origin.trim().equals(ANY)) {
                publics.add(validated(origin));
            }
        }
        Set<String> admins = new LinkedHashSet<>();
        for (String origin : adminOrigins) {
            if (origin.trim().equals(ANY)) {
                throw new IllegalArgumentException(
                        "\"*\" is not allowed for the admin API: list its origins");
            }
            admins.add(validated(origin));
        }
        return new CorsPolicy(any, publics, admins);
    }

    /**
     * The {@code Access-Control-Allow-Origin} value for a request from {@code origin} to an
     * endpoint of {@code group}, or empty when that origin may not read the answer.
     */
    public Optional<String> allowOrigin(EndpointGroup group, String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        if (group.isPublic()) {
            if (anyPublicOrigin) {
                return Optional.of(ANY);
            }
            return publicOrigins.contains(normalised(origin))
                    ? Optional.of(origin.trim())
                    : Optional.empty();
        }
        if (group == EndpointGroup.ADMIN && adminOrigins.contains(normalised(origin))) {
            return Optional.of(origin.trim());
        }
        return Optional.empty();
    }

    /** Whether the answer depends on the request's {@code Origin} (so caches must vary on it). */
    public boolean variesByOrigin(EndpointGroup group) {
        return group == EndpointGroup.ADMIN || (group.isPublic() && !anyPublicOrigin);
    }

    /** The methods a preflight allows for {@code group}. */
    public String allowMethods(EndpointGroup group) {
        return group.isPublic() ? PUBLIC_METHODS : ADMIN_METHODS;
    }

    /**
     * The header names a preflight allows: those the browser asked for ({@code
     * Access-Control-Request-Headers}) that are well-formed header names, or empty. Echoing them
     * keeps deployed scripts working whatever headers they send; the origin check is the gate.
     */
    public static Optional<String> allowHeaders(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        String allowed =
                List.of(requested.split(",")).stream()
                        .map(String::trim)
                        .filter(h -> HEADER_NAME.matcher(h).matches())
                        .limit(MAX_ALLOWED_HEADERS)
                        .collect(Collectors.joining(", "));
        return allowed.isEmpty() ? Optional.empty() : Optional.of(allowed);
    }

    private static String validated(String origin) {
        String normalised = normalised(origin);
        if (!ORIGIN.matcher(normalised).matches()) {
            throw new IllegalArgumentException(
                    "Not an origin (scheme://host[:port]): \"" + origin.trim() + "\"");
        }
        return normalised;
    }

    private static String normalised(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
