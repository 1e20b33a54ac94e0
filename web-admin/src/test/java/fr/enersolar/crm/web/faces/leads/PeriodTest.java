package fr.enersolar.crm.web.faces.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    /** 10:00 in Paris in winter (UTC+1). */
    private final Instant now = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void presetsFollowTheSeed() {
        assertThat(Period.of("today", null, null, now))
                .isEqualTo(new Period(Instant.parse("2026-11-23T23:00:00Z"), null));
        assertThat(Period.of("7d", null, null, now))
                .isEqualTo(new Period(now.minus(Duration.ofDays(7)), null));
        assertThat(Period.of("30d", null, null, now))
                .isEqualTo(new Period(now.minus(Duration.ofDays(30)), null));
        assertThat(Period.of("all", null, null, now)).isEqualTo(new Period(null, null));
        assertThat(Period.of(null, null, null, now)).isEqualTo(new Period(null, null));
    }

    @Test
    void chosenDaysAreBothIncludedInParisTime() {
        assertThat(
                        Period.of(
                                "custom",
                                LocalDate.parse("2026-07-01"),
                                LocalDate.parse("2026-07-31"),
                                now))
                .isEqualTo(
                        new Period(
                                Instant.parse("2026-06-30T22:00:00Z"),
                                Instant.parse("2026-07-31T22:00:00Z")));
        assertThat(Period.of("custom", null, LocalDate.parse("2026-07-31"), now).from()).isNull();
    }
}
