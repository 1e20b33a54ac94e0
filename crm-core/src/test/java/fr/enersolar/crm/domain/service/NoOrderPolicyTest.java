package fr.enersolar.crm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.service.NoOrderPolicy.Review;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoOrderPolicyTest {

    private static final Instant RECEIVED = Instant.parse("2026-02-10T09:00:00Z");

    @ParameterizedTest(name = "wait {0} d, {1} after reception: {2}")
    @CsvSource({
        "8, PT0S,         REROUTE",
        "8, PT1H,         REROUTE",
        "8, P7DT23H59M59S, REROUTE",
        "8, P8D,          MANUAL",
        "8, P8DT1S,       MANUAL",
        "8, P30D,         MANUAL",
        "1, PT23H,        REROUTE",
        "1, P1D,          MANUAL",
        "0, PT0S,         MANUAL",
    })
    void reroutesWithinTheWaitThenHandsTheLeadToStaff(int days, Duration elapsed, Review review) {
        NoOrderPolicy policy = NoOrderPolicy.ofDays(days);

        assertThat(policy.review(RECEIVED, RECEIVED.plus(elapsed))).isEqualTo(review);
    }

    @Test
    void theDefaultWaitIsEightDays() {
        assertThat(NoOrderPolicy.DEFAULT_WAIT_DAYS).isEqualTo(8);
        assertThat(NoOrderPolicy.ofDays(NoOrderPolicy.DEFAULT_WAIT_DAYS).waitTime())
                .isEqualTo(Duration.ofDays(8));
    }

    @Test
    void theDeadlineAndTheQueryBoundAgreeWithTheReview() {
        NoOrderPolicy policy = NoOrderPolicy.ofDays(8);
        Instant now = RECEIVED.plus(Duration.ofDays(8));

        assertThat(policy.deadline(RECEIVED)).isEqualTo(now);
        // Received strictly after the bound = still rerouted; the bound itself is handed over.
        assertThat(policy.receivedAfter(now)).isEqualTo(RECEIVED);
        assertThat(policy.review(policy.receivedAfter(now), now)).isEqualTo(Review.MANUAL);
        assertThat(policy.review(policy.receivedAfter(now).plusMillis(1), now))
                .isEqualTo(Review.REROUTE);
    }

    @Test
    void aLeadFromTheFutureIsStillWaiting() {
        // Clocks of two servers may disagree by a little.
        assertThat(NoOrderPolicy.ofDays(8).review(RECEIVED, RECEIVED.minusSeconds(2)))
                .isEqualTo(Review.REROUTE);
    }

    @Test
    void refusesANegativeWait() {
        assertThatIllegalArgumentException().isThrownBy(() -> NoOrderPolicy.ofDays(-1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NoOrderPolicy(Duration.ofSeconds(-1)));
    }
}
