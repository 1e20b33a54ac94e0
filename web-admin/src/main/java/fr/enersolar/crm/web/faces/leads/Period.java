package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.dashboard.Dashboard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A period of the lead filter as a half-open range {@code [from, to)} ({@code null} = open): the
 * seed's presets (today since midnight, the last 7 or 30 × 24 hours) or chosen calendar days, both
 * included, in Paris time.
 *
 * @param from the first instant included, or null
 * @param to the first instant excluded, or null
 */
record Period(Instant from, Instant to) {

    private static final ZoneId ZONE = Dashboard.BUSINESS_ZONE;

    /** The period named by the filter's choice ({@code all}, {@code today}, {@code 7d}, …). */
    static Period of(String choice, LocalDate firstDay, LocalDate lastDay, Instant now) {
        return switch (choice == null ? "all" : choice) {
            case "today" ->
                    new Period(LocalDate.ofInstant(now, ZONE).atStartOfDay(ZONE).toInstant(), null);
            case "7d" -> new Period(now.minus(Duration.ofDays(7)), null);
            case "30d" -> new Period(now.minus(Duration.ofDays(30)), null);
            case "custom" ->
                    new Period(
                            firstDay == null ? null : firstDay.atStartOfDay(ZONE).toInstant(),
                            lastDay == null
                                    ? null
                                    : lastDay.plusDays(1).atStartOfDay(ZONE).toInstant());
            default -> new Period(null, null);
        };
    }
}
