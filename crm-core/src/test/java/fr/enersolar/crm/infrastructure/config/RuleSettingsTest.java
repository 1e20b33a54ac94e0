package fr.enersolar.crm.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.service.BackoffSchedule;
import fr.enersolar.crm.domain.service.CircuitBreaker;
import fr.enersolar.crm.domain.service.CircuitBreakers;
import fr.enersolar.crm.domain.service.DeliveryOutcome;
import fr.enersolar.crm.domain.service.NoOrderPolicy;
import fr.enersolar.crm.testing.FixedConfig;
import fr.enersolar.crm.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSettingsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-02-10T09:00:00Z"));

    /** The shipped defaults, as MicroProfile Config would read them. */
    private static FixedConfig shippedDefaults() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in =
                ConfigKey.class
                        .getClassLoader()
                        .getResourceAsStream("META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        FixedConfig config = new FixedConfig();
        for (ConfigKey key : ConfigKey.values()) {
            if (defaults.getProperty(key.get()) != null) {
                config.with(key, defaults.getProperty(key.get()));
            }
        }
        return config;
    }

    @Test
    void theShippedDefaultsAreTheProductsRules() throws IOException {
        RuleSettings settings = new RuleSettings(shippedDefaults());

        assertThat(settings.noOrderPolicy().waitTime())
                .isEqualTo(Duration.ofDays(NoOrderPolicy.DEFAULT_WAIT_DAYS));
        assertThat(settings.deliveryPolicy().backoff().delays())
                .isEqualTo(BackoffSchedule.defaults().delays());

        CircuitBreaker breaker = settings.circuitBreakers(clock).of(new CrmSlug("zr7"));
        for (int i = 1; i < CircuitBreaker.DEFAULT_THRESHOLD; i++) {
            breaker.record(breaker.tryAcquire().orElseThrow(), DeliveryOutcome.RETRYABLE);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.record(breaker.tryAcquire().orElseThrow(), DeliveryOutcome.RETRYABLE);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.retryAt())
                .hasValue(clock.instant().plus(CircuitBreaker.DEFAULT_COOL_DOWN));
    }

    @Test
    void readsConfiguredValues() {
        RuleSettings settings =
                new RuleSettings(
                        new FixedConfig()
                                .with(ConfigKey.ROUTING_NO_ORDER_WAIT_DAYS, 3)
                                .with(ConfigKey.DELIVERY_BACKOFF, "10s, 1m")
                                .with(ConfigKey.DELIVERY_BREAKER_THRESHOLD, 1)
                                .with(ConfigKey.DELIVERY_BREAKER_COOLDOWN_SECONDS, 5));

        assertThat(settings.noOrderPolicy().waitTime()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.deliveryPolicy().backoff().delays())
                .containsExactly(Duration.ofSeconds(10), Duration.ofMinutes(1));
        CircuitBreakers breakers = settings.circuitBreakers(clock);
        CircuitBreaker breaker = breakers.of(new CrmSlug("mdl"));
        breaker.record(breaker.tryAcquire().orElseThrow(), DeliveryOutcome.RETRYABLE);
        assertThat(breaker.retryAt()).hasValue(clock.instant().plusSeconds(5));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
        "ROUTING_NO_ORDER_WAIT_DAYS,         -1",
        "ROUTING_NO_ORDER_WAIT_DAYS,         huit",
        "DELIVERY_BACKOFF,                   5 minutes",
        "DELIVERY_BACKOFF,                   0s",
        "DELIVERY_BREAKER_THRESHOLD,         0",
        "DELIVERY_BREAKER_COOLDOWN_SECONDS,  0",
        "DELIVERY_BREAKER_COOLDOWN_SECONDS,  1.5",
    })
    void refusesAMalformedValueNamingItsVariable(ConfigKey key, String value) throws IOException {
        RuleSettings settings = new RuleSettings(shippedDefaults().with(key, value));

        assertThatIllegalStateException()
                .isThrownBy(
                        () -> {
                            settings.noOrderPolicy();
                            settings.deliveryPolicy();
                            settings.circuitBreakers(clock);
                        })
                .withMessageContaining(key.environmentVariable());
    }

    @Test
    void aWaitOfZeroDaysHandsLeadsToStaffAtOnce() {
        RuleSettings settings =
                new RuleSettings(new FixedConfig().with(ConfigKey.ROUTING_NO_ORDER_WAIT_DAYS, 0));

        assertThat(settings.noOrderPolicy().waitTime()).isZero();
    }
}
