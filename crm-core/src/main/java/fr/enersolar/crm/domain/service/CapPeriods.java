package fr.enersolar.crm.domain.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods commande caps count over: the business day and the business week of Paris (SPEC-seed
 * §20: "today" boundaries and business weeks use Europe/Paris), a week starting on Monday at
 * midnight. A commande's usage counts the leads it took from the start of each period to now.
 */
public final class CapPeriods {

    /** The operator's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private CapPeriods() {}

    /** Midnight in Paris at the start of the day containing {@code now}. */
    public static Instant startOfDay(Instant now) {
        return LocalDate.ofInstant(now, ZONE).atStartOfDay(ZONE).toInstant();
    }

    /** Monday midnight in Paris at the start of the week containing {@code now}. */
    public static Instant startOfWeek(Instant now) {
        return LocalDate.ofInstant(now, ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ZONE)
                .toInstant();
    }
}
