package fr.enersolar.crm.batch;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The nightly time from {@code crm.nightly.schedule}: {@code HH:mm} and a time zone ({@code 03:00
 * UTC}, {@code 02:30 Europe/Paris}); the zone defaults to UTC.
 */
public record NightlySchedule(LocalTime time, ZoneId zone) {

    /** Parses the configured value; a malformed one fails the start with the key's name. */
    public static NightlySchedule parse(String value) {
        String[] parts = value.trim().split("\\s+");
        try {
            LocalTime time = LocalTime.parse(parts[0]);
            ZoneId zone = parts.length > 1 ? ZoneId.of(parts[1]) : ZoneId.of("UTC");
            if (parts.length > 2) {
                throw new IllegalArgumentException("extra text");
            }
            return new NightlySchedule(time.withSecond(0).withNano(0), zone);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "crm.nightly.schedule must be HH:mm and a time zone (03:00 UTC), not: " + value,
                    e);
        }
    }

    /** The latest scheduled run at or before {@code now}. */
    public ZonedDateTime lastFire(Instant now) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime today = here.toLocalDate().atTime(time).atZone(zone);
        return today.isAfter(here) ? today.minusDays(1) : today;
    }

    /** The night a run at {@code fire} belongs to: its date in the schedule's zone. */
    public LocalDate night(ZonedDateTime fire) {
        return fire.withZoneSameInstant(zone).toLocalDate();
    }

    @Override
    public String toString() {
        return time + " " + zone.getId();
    }
}
