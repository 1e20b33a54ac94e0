package fr.enersolar.crm.infrastructure.config;

import fr.enersolar.crm.domain.service.BackoffSchedule;
import fr.enersolar.crm.domain.service.CircuitBreakers;
import fr.enersolar.crm.domain.service.DeliveryPolicy;
import fr.enersolar.crm.domain.service.NoOrderPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/**
 * The configured values of the routing and delivery rules, read through {@link CrmConfig} and
 * turned into the pure rules of {@code domain.service}. A malformed value fails with a message
 * naming its environment variable.
 */
@ApplicationScoped
public class RuleSettings {

    @Inject CrmConfig config;

    /** For CDI. */
    protected RuleSettings() {}

    /** Settings read from {@code config} (tests build it by hand). */
    public RuleSettings(CrmConfig config) {
        this.config = config;
    }

    /** How long a lead waits for a commande ({@link ConfigKey#ROUTING_NO_ORDER_WAIT_DAYS}). */
    public NoOrderPolicy noOrderPolicy() {
        return NoOrderPolicy.ofDays(atLeast(ConfigKey.ROUTING_NO_ORDER_WAIT_DAYS, 0));
    }

    /** The delivery retries ({@link ConfigKey#DELIVERY_BACKOFF}). */
    public DeliveryPolicy deliveryPolicy() {
        String raw = config.required(ConfigKey.DELIVERY_BACKOFF);
        try {
            return new DeliveryPolicy(BackoffSchedule.parse(raw));
        } catch (IllegalArgumentException e) {
            throw invalid(ConfigKey.DELIVERY_BACKOFF, "is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * The partners' circuit breakers ({@link ConfigKey#DELIVERY_BREAKER_THRESHOLD}, {@link
     * ConfigKey#DELIVERY_BREAKER_COOLDOWN_SECONDS}); make one set per application.
     */
    public CircuitBreakers circuitBreakers(Clock clock) {
        return new CircuitBreakers(
                atLeast(ConfigKey.DELIVERY_BREAKER_THRESHOLD, 1),
                Duration.ofSeconds(atLeast(ConfigKey.DELIVERY_BREAKER_COOLDOWN_SECONDS, 1)),
                clock);
    }

    private int atLeast(ConfigKey key, int minimum) {
        int value = config.intValue(key);
        if (value < minimum) {
            throw invalid(key, "must be at least " + minimum + ": " + value, null);
        }
        return value;
    }

    private static IllegalStateException invalid(ConfigKey key, String why, Exception cause) {
        return new IllegalStateException(
                "Configuration " + key.environmentVariable() + " " + why, cause);
    }
}
