package fr.enersolar.crm.web.edge;

import fr.enersolar.crm.web.edge.errors.ApplicationFailureMappers;
import fr.enersolar.crm.web.edge.errors.BodyTooLargeMapper;
import fr.enersolar.crm.web.edge.errors.MalformedJsonMapper;
import fr.enersolar.crm.web.edge.errors.UnbindableJsonMapper;
import fr.enersolar.crm.web.edge.errors.UnexpectedFailureMapper;
import fr.enersolar.crm.web.edge.errors.UnreadableEntityMapper;
import fr.enersolar.crm.web.edge.errors.WebApplicationExceptionMapper;
import java.util.Set;

/**
 * The JAX-RS providers each application registers in its {@code getClasses()}, listed once so no
 * application forgets one.
 */
public final class EdgeProviders {

    /** JSON error bodies for every failure, never a stack trace. */
    public static final Set<Class<?>> ERRORS =
            Set.of(
                    BodyTooLargeMapper.class,
                    MalformedJsonMapper.class,
                    UnbindableJsonMapper.class,
                    UnreadableEntityMapper.class,
                    WebApplicationExceptionMapper.class,
                    UnexpectedFailureMapper.class,
                    ApplicationFailureMappers.InvalidInput.class,
                    ApplicationFailureMappers.Refused.class,
                    ApplicationFailureMappers.NotFound.class);

    /** For {@code /api}: CORS, rate limits, the body-size limit and the error bodies. */
    public static final Set<Class<?>> API =
            union(Set.of(CorsFilter.class, RateLimitFilter.class, BodySizeLimit.class), ERRORS);

    private EdgeProviders() {}

    private static Set<Class<?>> union(Set<Class<?>> a, Set<Class<?>> b) {
        var all = new java.util.HashSet<Class<?>>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
