package fr.enersolar.crm.application.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's figures. Periods follow the seed (SPEC-seed §15.1): "today" starts at midnight,
 * "7 days" and "30 days" are the last 7 × 24 and 30 × 24 hours; calendar days are those of Paris,
 * where the staff work, whatever the server's time zone.
 */
@ApplicationScoped
public class Dashboard {

    /** Business days start at midnight in Paris. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

    /** How many days the leads-per-day chart shows, today included. */
    public static final int CHART_DAYS = 30;

    private DashboardCounts counts;
    private Clock clock;

    /** For CDI. */
    protected Dashboard() {}

    @Inject
    public Dashboard(DashboardCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    /** The figures as of now. */
    public DashboardFigures figures() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
        LocalDate first = today.minusDays(CHART_DAYS - 1L);
        List<Instant> boundaries = new ArrayList<>(CHART_DAYS + 1);
        for (int i = 0; i <= CHART_DAYS; i++) {
            boundaries.add(first.plusDays(i).atStartOfDay(BUSINESS_ZONE).toInstant());
        }
        List<Long> perInterval = counts.receivedPerInterval(boundaries);
        List<DailyCount> perDay = new ArrayList<>(CHART_DAYS);
        for (int i = 0; i < CHART_DAYS; i++) {
            perDay.add(new DailyCount(first.plusDays(i), perInterval.get(i)));
        }
        Instant midnight = boundaries.get(CHART_DAYS - 1);
        Instant monthAgo = now.minus(Duration.ofDays(30));
        return new DashboardFigures(
                now,
                counts.receivedSince(midnight),
                counts.receivedSince(now.minus(Duration.ofDays(7))),
                counts.receivedSince(monthAgo),
                perDay,
                counts.receivedSinceBy(LeadDimension.PRODUCT, monthAgo),
                counts.receivedSinceBy(LeadDimension.STATUS, monthAgo),
                counts.receivedSinceBy(LeadDimension.DELIVERY, monthAgo),
                counts.receivedSinceBy(LeadDimension.TARGET_CRM, monthAgo));
    }
}
