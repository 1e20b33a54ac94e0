package fr.enersolar.crm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.lead.LeadStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DeliveryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-02-10T09:00:00Z");

    private final DeliveryPolicy policy = new DeliveryPolicy(BackoffSchedule.defaults());

    @ParameterizedTest(name = "{0} after attempt {1}: {2}, next in {3}")
    @CsvSource({
        "ACCEPTED,    1, SENT,       ",
        "ACCEPTED,    6, SENT,       ",
        "DUPLICATE,   1, DUPLICATE,  ",
        "DUPLICATE,   3, DUPLICATE,  ",
        "REJECTED,    1, REJECTED,   ",
        "REJECTED,    5, REJECTED,   ",
        "AUTH_FAILED, 1, AUTH_ERROR, ",
        "AUTH_FAILED, 2, AUTH_ERROR, ",
        "RETRYABLE,   1, QUEUED,     PT1M",
        "RETRYABLE,   2, QUEUED,     PT5M",
        "RETRYABLE,   3, QUEUED,     PT15M",
        "RETRYABLE,   4, QUEUED,     PT1H",
        "RETRYABLE,   5, QUEUED,     PT2H",
        "RETRYABLE,   6, FAILED,     ",
        "RETRYABLE,   9, FAILED,     ",
    })
    void mapsEachOutcomeToTheLeadsNextStatus(
            DeliveryOutcome outcome, int attempts, LeadStatus status, Duration delay) {
        DeliveryStep step = policy.afterAttempt(outcome, attempts, NOW);

        assertThat(step.status()).isEqualTo(status);
        assertThat(step.nextAttemptAt()).isEqualTo(Optional.ofNullable(delay).map(NOW::plus));
        assertThat(step.finished()).isEqualTo(delay == null);
    }

    @Test
    void aLeadThatKeepsFailingGetsSixAttemptsOverAboutThreeAndAHalfHours() {
        Instant at = NOW;
        int attempts = 0;
        DeliveryStep step;
        do {
            attempts++;
            step = policy.afterAttempt(DeliveryOutcome.RETRYABLE, attempts, at);
            at = step.nextAttemptAt().orElse(at);
        } while (!step.finished());

        assertThat(attempts).isEqualTo(6);
        assertThat(step.status()).isEqualTo(LeadStatus.FAILED);
        assertThat(Duration.between(NOW, at)).isEqualTo(Duration.ofMinutes(1 + 5 + 15 + 60 + 120));
    }

    @Test
    void followsAConfiguredSchedule() {
        DeliveryPolicy quick = new DeliveryPolicy(BackoffSchedule.parse("10s"));

        assertThat(quick.afterAttempt(DeliveryOutcome.RETRYABLE, 1, NOW).nextAttemptAt())
                .hasValue(NOW.plusSeconds(10));
        assertThat(quick.afterAttempt(DeliveryOutcome.RETRYABLE, 2, NOW).status())
                .isEqualTo(LeadStatus.FAILED);
    }

    @ParameterizedTest
    @EnumSource(DeliveryOutcome.class)
    void onlyAcceptedAndDuplicateDeliver(DeliveryOutcome outcome) {
        assertThat(policy.afterAttempt(outcome, 1, NOW).delivered())
                .isEqualTo(
                        outcome == DeliveryOutcome.ACCEPTED
                                || outcome == DeliveryOutcome.DUPLICATE);
    }

    @Test
    void atLeastOneAttemptWasMade() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> policy.afterAttempt(DeliveryOutcome.ACCEPTED, 0, NOW));
    }

    @Test
    void aStepHasANextAttemptExactlyWhenQueued() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliveryStep(LeadStatus.QUEUED, Optional.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DeliveryStep(LeadStatus.SENT, Optional.of(NOW)));
    }
}
