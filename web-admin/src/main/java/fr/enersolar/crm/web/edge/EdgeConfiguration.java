package fr.enersolar.crm.web.edge;

import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The edge's configuration, read once at deployment: trusted proxies, CORS origins and the rate
 * limiters. A malformed value stops the deployment with a message naming the variable, rather than
 * letting every request fail or quietly trusting the wrong proxies.
 */
@ApplicationScoped
public class EdgeConfiguration {

    private static final Logger LOG = Logger.getLogger(EdgeConfiguration.class.getName());

    /** The most client addresses tracked per rate limiter (a few MB at most). */
    static final int MAX_TRACKED_CLIENTS = 100_000;

    @Inject CrmConfig config;
    @Inject Clock clock;

    private TrustedProxies trustedProxies;
    private CorsPolicy cors;
    private TokenBuckets intakeLimits;
    private TokenBuckets publicLimits;

    @PostConstruct
    void read() {
        List<String> proxies = config.list(ConfigKey.TRUSTED_PROXIES);
        List<String> publicOrigins = config.list(ConfigKey.CORS_ORIGINS);
        List<String> adminOrigins = config.list(ConfigKey.ADMIN_ORIGINS);
        trustedProxies = read(() -> TrustedProxies.parse(proxies), ConfigKey.TRUSTED_PROXIES);
        cors =
                read(
                        () -> CorsPolicy.of(publicOrigins, adminOrigins),
                        ConfigKey.CORS_ORIGINS,
                        ConfigKey.ADMIN_ORIGINS);
        int intake = config.intValue(ConfigKey.RATE_LIMIT_INTAKE_PER_MINUTE);
        int open = config.intValue(ConfigKey.RATE_LIMIT_PUBLIC_PER_MINUTE);
        intakeLimits = read(() -> limiter(intake), ConfigKey.RATE_LIMIT_INTAKE_PER_MINUTE);
        publicLimits = read(() -> limiter(open), ConfigKey.RATE_LIMIT_PUBLIC_PER_MINUTE);
        LOG.info(
                () ->
                        String.format(
                                "Edge: trusted proxies %s; CORS origins: public %s, admin %s;"
                                        + " requests per minute per client: intake %d, public %d"
                                        + " (0 = unlimited)",
                                proxies, publicOrigins, adminOrigins, intake, open));
    }

    /** Reads the configuration at deployment, so a mistake in it stops the deployment. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        trustedProxies();
    }

    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    public CorsPolicy cors() {
        return cors;
    }

    /** The limiter of a group; {@code null} for groups without a rate limit. */
    public TokenBuckets limits(EndpointGroup group) {
        return switch (group) {
            case INTAKE -> intakeLimits;
            case PUBLIC -> publicLimits;
            case ADMIN, OTHER -> null;
        };
    }

    private TokenBuckets limiter(int perMinute) {
        return new TokenBuckets(perMinute, clock, MAX_TRACKED_CLIENTS);
    }

    private static <T> T read(Supplier<T> reader, ConfigKey... keys) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            String names =
                    Arrays.stream(keys)
                            .map(ConfigKey::environmentVariable)
                            .collect(Collectors.joining(" / "));
            throw new IllegalStateException("Configuration " + names + ": " + e.getMessage(), e);
        }
    }
}
