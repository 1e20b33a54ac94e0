package fr.enersolar.crm.application.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadFiguresTest {

    /** What the figures asked the store. */
    private final List<LeadCriteria> asked = new ArrayList<>();

    private final List<List<Instant>> intervals = new ArrayList<>();

    private final LeadStatistics store =
            new LeadStatistics() {
                @Override
                public long total() {
                    return 10;
                }

                @Override
                public Map<String, Long> countByStatus(List<String> statuses) {
                    return Map.of("success", 4L, "duplicate", 1L, "failed", 2L, "no_crm", 3L);
                }

                @Override
                public DepartementBreakdown breakdown(LeadCriteria criteria) {
                    asked.add(criteria);
                    return new DepartementBreakdown(0, Map.of(), Map.of(), Map.of(), Map.of());
                }

                @Override
                public List<ProductCounts> perInterval(
                        LeadCriteria criteria, List<Instant> starts) {
                    asked.add(criteria);
                    intervals.add(starts);
                    List<ProductCounts> counts = new ArrayList<>();
                    for (int i = 0; i < starts.size() - 1; i++) {
                        counts.add(new ProductCounts(i, Map.of(ProductType.PV, (long) i)));
                    }
                    return counts;
                }
            };

    private LeadFigures figures(Instant now) {
        LeadFigures figures = new LeadFigures();
        figures.statistics = store;
        figures.clock = Clock.fixed(now, ZoneOffset.UTC);
        return figures;
    }

    @Test
    void globalCountsHaveTheSeedsKeysAndAbsentStatusesAreZero() {
        GlobalLeadCounts counts = figures(Instant.now()).global();

        assertThat(counts).isEqualTo(new GlobalLeadCounts(10, 4, 1, 2, 0, 3));
        assertThat(counts.sentRate()).isEqualTo(50.0);
    }

    @Test
    void theTimelineListsEveryParisDayUpToToday() {
        // 23:30 UTC on the 20th is already the 21st in Paris.
        CrmId crm = CrmId.generate();
        Map<LocalDate, ProductCounts> timeline =
                figures(Instant.parse("2026-11-20T23:30:00Z")).timeline(Optional.of(crm), 3);

        assertThat(timeline.keySet())
                .containsExactly(
                        LocalDate.parse("2026-11-19"),
                        LocalDate.parse("2026-11-20"),
                        LocalDate.parse("2026-11-21"));
        assertThat(timeline.get(LocalDate.parse("2026-11-21")).total()).isEqualTo(2);
        assertThat(intervals.get(0))
                .containsExactly(
                        Instant.parse("2026-11-18T23:00:00Z"),
                        Instant.parse("2026-11-19T23:00:00Z"),
                        Instant.parse("2026-11-20T23:00:00Z"),
                        Instant.parse("2026-11-21T23:00:00Z"));
        assertThat(asked.get(0).targetCrm()).contains(crm);
    }

    @Test
    void theTimelineIsBounded() {
        assertThatThrownBy(() -> figures(Instant.now()).timeline(Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> figures(Instant.now()).timeline(Optional.empty(), 367))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
