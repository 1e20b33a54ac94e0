package fr.enersolar.crm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BackoffScheduleTest {

    @Test
    void theDefaultIsOneFiveFifteenMinutesThenOneAndTwoHours() {
        assertThat(BackoffSchedule.defaults().delays())
                .containsExactly(
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(15),
                        Duration.ofHours(1),
                        Duration.ofHours(2));
        assertThat(BackoffSchedule.defaults().maxAttempts()).isEqualTo(6);
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1m,5m,15m,1h,2h      | PT1M PT5M PT15M PT1H PT2H",
                "30s                  | PT30S",
                "500ms, 2s            | PT0.5S PT2S",
                " 1H , 2D ,           | PT1H PT48H",
                "PT90S,pt1m30s        | PT1M30S PT1M30S",
                "10 s,3 m             | PT10S PT3M",
            })
    void readsACommaSeparatedListOfDurations(String text, String expected) {
        List<Duration> delays = Arrays.stream(expected.split(" ")).map(Duration::parse).toList();

        assertThat(BackoffSchedule.parse(text).delays()).isEqualTo(delays);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ",", "1x", "five minutes", "-1m", "0s", "PT0S", "1m,,abc"})
    void refusesAnythingButPositiveDurations(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> BackoffSchedule.parse(text));
    }

    @Test
    void namesTheEntryItCannotRead() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BackoffSchedule.parse("1m,5 minutes"))
                .withMessageContaining("5 minutes");
    }

    @ParameterizedTest(name = "after {0} failed attempts: {1}")
    @CsvSource({"1, PT1M", "2, PT5M", "3, PT15M", "4, PT1H", "5, PT2H", "6, ", "60, "})
    void givesTheDelayAfterEachFailureUntilTheScheduleIsUsedUp(int failed, Duration delay) {
        BackoffSchedule schedule = BackoffSchedule.defaults();

        if (delay == null) {
            assertThat(schedule.delayAfter(failed)).isEmpty();
        } else {
            assertThat(schedule.delayAfter(failed)).hasValue(delay);
        }
    }

    @Test
    void atLeastOneAttemptFailedBeforeAnyDelay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BackoffSchedule.defaults().delayAfter(0));
    }

    @Test
    void needsAtLeastOneDelay() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BackoffSchedule(List.of()));
    }
}
