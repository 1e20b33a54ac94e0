package fr.enersolar.crm.application.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows (SPEC-seed §15.3, with the breakdowns issue 7 asks for): lead counts for
 * today, the last 7 and 30 days, leads per day over {@link Dashboard#CHART_DAYS} days, and the last
 * 30 days by product, diagnostic status, delivery status and target CRM.
 *
 * @param at when the figures were computed
 * @param today leads received since midnight (Paris)
 * @param last7Days leads received in the last 7 × 24 hours
 * @param last30Days leads received in the last 30 × 24 hours
 * @param perDay one entry per day, oldest first, today last, days without leads included
 * @param perProduct last 30 days, by product code ({@code ""}: no product, an orphan lead)
 * @param perStatus last 30 days, by diagnostic status
 * @param perDelivery last 30 days, by delivery status
 * @param perCrm last 30 days, by target CRM slug ({@code ""}: not routed)
 */
public record DashboardFigures(
        Instant at,
        long today,
        long last7Days,
        long last30Days,
        List<DailyCount> perDay,
        Map<String, Long> perProduct,
        Map<String, Long> perStatus,
        Map<String, Long> perDelivery,
        Map<String, Long> perCrm) {

    public DashboardFigures {
        perDay = List.copyOf(perDay);
        perProduct = Map.copyOf(perProduct);
        perStatus = Map.copyOf(perStatus);
        perDelivery = Map.copyOf(perDelivery);
        perCrm = Map.copyOf(perCrm);
    }
}
