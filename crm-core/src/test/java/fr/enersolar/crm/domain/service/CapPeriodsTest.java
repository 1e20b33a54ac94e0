package fr.enersolar.crm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapPeriodsTest {

    @ParameterizedTest(name = "{0} → day from {1}, week from {2}")
    @CsvSource({
        // Winter (UTC+1): a Tuesday afternoon; the week started on Monday 9 February.
        "2026-02-10T15:00:00Z, 2026-02-09T23:00:00Z, 2026-02-08T23:00:00Z",
        // 23:30 UTC on Tuesday is already Wednesday in Paris.
        "2026-02-10T23:30:00Z, 2026-02-10T23:00:00Z, 2026-02-08T23:00:00Z",
        // Monday 00:30 in Paris is in the new week; Sunday 23:30 in Paris is not.
        "2026-02-08T23:30:00Z, 2026-02-08T23:00:00Z, 2026-02-08T23:00:00Z",
        "2026-02-08T22:30:00Z, 2026-02-07T23:00:00Z, 2026-02-01T23:00:00Z",
        // Summer (UTC+2).
        "2026-07-15T10:00:00Z, 2026-07-14T22:00:00Z, 2026-07-12T22:00:00Z",
        // The day the clocks go forward (Sunday 29 March 2026): the week began in winter time.
        "2026-03-29T12:00:00Z, 2026-03-28T23:00:00Z, 2026-03-22T23:00:00Z",
        // The Monday after: midnight is in summer time.
        "2026-03-30T12:00:00Z, 2026-03-29T22:00:00Z, 2026-03-29T22:00:00Z",
    })
    void daysAndWeeksAreThoseOfParisWeeksStartingOnMonday(
            Instant now, Instant startOfDay, Instant startOfWeek) {
        assertThat(CapPeriods.startOfDay(now)).isEqualTo(startOfDay);
        assertThat(CapPeriods.startOfWeek(now)).isEqualTo(startOfWeek);
    }
}
