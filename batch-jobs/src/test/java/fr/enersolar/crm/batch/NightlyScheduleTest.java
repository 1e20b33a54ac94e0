package fr.enersolar.crm.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class NightlyScheduleTest {

    @Test
    void parsesTimeAndZoneWithUtcByDefault() {
        assertThat(NightlySchedule.parse("03:00 UTC"))
                .isEqualTo(new NightlySchedule(LocalTime.of(3, 0), ZoneId.of("UTC")));
        assertThat(NightlySchedule.parse(" 02:30  Europe/Paris ").toString())
                .isEqualTo("02:30 Europe/Paris");
        assertThat(NightlySchedule.parse("04:15").zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void refusesAMalformedValueNamingTheKey() {
        assertThatThrownBy(() -> NightlySchedule.parse("3h"))
                .hasMessageContaining("crm.nightly.schedule");
        assertThatThrownBy(() -> NightlySchedule.parse("03:00 Mars/Olympus"))
                .hasMessageContaining("crm.nightly.schedule");
    }

    @Test
    void theLastFireIsTodaysOnceItsTimeHasPassedElseYesterdays() {
        NightlySchedule schedule = NightlySchedule.parse("03:00 UTC");

        var before = schedule.lastFire(Instant.parse("2026-11-24T02:59:59Z"));
        var after = schedule.lastFire(Instant.parse("2026-11-24T03:00:00Z"));

        assertThat(schedule.night(before)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(schedule.night(after)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(after.toInstant()).isEqualTo(Instant.parse("2026-11-24T03:00:00Z"));
    }

    @Test
    void aZonedScheduleFollowsItsZone() {
        NightlySchedule paris = NightlySchedule.parse("02:30 Europe/Paris");

        var fire = paris.lastFire(Instant.parse("2026-11-24T01:45:00Z"));

        assertThat(fire.toInstant()).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
    }
}
