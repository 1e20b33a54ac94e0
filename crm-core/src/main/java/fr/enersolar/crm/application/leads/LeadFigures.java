package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.crm.CrmId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard and statistics figures (SPEC-seed §15), all computed by the store: the global
 * counts, the breakdown by département and the daily timeline.
 */
@ApplicationScoped
public class LeadFigures {

    /** Longest timeline, in days. */
    public static final int MAX_DAYS = 366;

    private static final ZoneId ZONE = LeadParameters.BUSINESS_ZONE;

    @Inject LeadStatistics statistics;
    @Inject Clock clock;

    /** Live leads in all and per delivery status. */
    public GlobalLeadCounts global() {
        Map<String, Long> counts =
                statistics.countByStatus(
                        List.of("success", "duplicate", "failed", "queued", "no_crm"));
        return new GlobalLeadCounts(
                statistics.total(),
                counts.getOrDefault("success", 0L),
                counts.getOrDefault("duplicate", 0L),
                counts.getOrDefault("failed", 0L),
                counts.getOrDefault("queued", 0L),
                counts.getOrDefault("no_crm", 0L));
    }

    /** The selection by département, product, source and status (SPEC-seed §15.1). */
    public DepartementBreakdown departements(LeadCriteria criteria) {
        return statistics.breakdown(criteria);
    }

    /**
     * Leads per day over the last {@code days} days including today, days starting at midnight in
     * Paris (SPEC-seed §15.2); every day is listed, days without leads with zeros.
     */
    public Map<LocalDate, ProductCounts> timeline(Optional<CrmId> crm, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        LocalDate first = today.minusDays(days - 1L);
        List<Instant> starts = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
            starts.add(day.atStartOfDay(ZONE).toInstant());
        }
        LeadCriteria criteria =
                LeadCriteria.any()
                        .between(starts.get(0), starts.get(starts.size() - 1))
                        .routedTo(crm.orElse(null));
        List<ProductCounts> counts = statistics.perInterval(criteria, starts);
        Map<LocalDate, ProductCounts> timeline = new LinkedHashMap<>();
        for (int i = 0; i < days; i++) {
            timeline.put(first.plusDays(i), counts.get(i));
        }
        return timeline;
    }
}
