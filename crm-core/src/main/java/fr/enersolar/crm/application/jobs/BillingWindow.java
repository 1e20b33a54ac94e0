package fr.enersolar.crm.application.jobs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The window of the cross-CRM billing page (SPEC-seed §12.1), half-open {@code [from, to)}, with
 * the fixes of §20: {@code week} is a business week, Monday to Monday in Europe/Paris, chosen with
 * {@code week=YYYY-Www} (default: the current one) so the page can step from week to week; {@code
 * month} is the last 30 days, as in the seed; {@code custom} takes two dates and includes both days
 * (the seed's string comparison excluded {@code date_to}).
 *
 * @param week the ISO week for a {@code week} window, else null
 */
public record BillingWindow(String type, Instant from, Instant to, String week) {

    /** Business weeks and calendar days are French. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The window, or the name of the parameter that is wrong. */
    public sealed interface Parsed permits Window, Invalid {}

    public record Window(BillingWindow window) implements Parsed {}

    public record Invalid(String field, String reason) implements Parsed {}

    public static Parsed parse(
            String period, String week, String dateFrom, String dateTo, Instant now) {
        String type = period == null || period.isBlank() ? "month" : period;
        switch (type) {
            case "month":
                return new Window(
                        new BillingWindow("month", now.minus(Duration.ofDays(30)), now, null));
            case "week":
                LocalDate monday;
                if (week == null || week.isBlank()) {
                    monday = now.atZone(PARIS).toLocalDate().with(DayOfWeek.MONDAY);
                } else {
                    Optional<LocalDate> parsed = mondayOf(week);
                    if (parsed.isEmpty()) {
                        return new Invalid("week", "semaine attendue au format AAAA-Www");
                    }
                    monday = parsed.get();
                }
                return new Window(
                        new BillingWindow(
                                "week",
                                monday.atStartOfDay(PARIS).toInstant(),
                                monday.plusWeeks(1).atStartOfDay(PARIS).toInstant(),
                                isoWeek(monday)));
            case "custom":
                Optional<LocalDate> start = date(dateFrom);
                if (start.isEmpty()) {
                    return new Invalid("date_from", "date attendue au format AAAA-MM-JJ");
                }
                Optional<LocalDate> end = date(dateTo);
                if (end.isEmpty()) {
                    return new Invalid("date_to", "date attendue au format AAAA-MM-JJ");
                }
                if (end.get().isBefore(start.get())) {
                    return new Invalid("date_to", "doit suivre date_from");
                }
                if (start.get().plusYears(1).isBefore(end.get())) {
                    return new Invalid("date_to", "fenêtre d'un an au plus");
                }
                return new Window(
                        new BillingWindow(
                                "custom",
                                start.get().atStartOfDay(PARIS).toInstant(),
                                end.get().plusDays(1).atStartOfDay(PARIS).toInstant(),
                                null));
            default:
                return new Invalid("period", "week, month ou custom attendu");
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> mondayOf(String week) {
        var matcher = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})").matcher(week.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int number = Integer.parseInt(matcher.group(2));
        LocalDate anyDay = LocalDate.of(year, 6, 1);
        if (number < 1 || number > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(
                LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** {@code 2026-W48} for the week starting {@code monday}. */
    public static String isoWeek(LocalDate monday) {
        return String.format(
                "%d-W%02d",
                monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week before a {@code week} window (null for other windows). */
    public String previousWeek() {
        return week == null ? null : isoWeek(from.atZone(PARIS).toLocalDate().minusWeeks(1));
    }

    /** The week after a {@code week} window (null for other windows). */
    public String nextWeek() {
        return week == null ? null : isoWeek(from.atZone(PARIS).toLocalDate().plusWeeks(1));
    }
}
