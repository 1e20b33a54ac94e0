package fr.enersolar.crm.application.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class DashboardTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject LeadRepository leads;
    @Inject DashboardCounts counts;

    /** 10:00 in Paris (UTC+1 in November): midnight in Paris is 23:00 UTC the day before. */
    private final Instant now = ZonedDateTime.parse("2026-11-24T10:00:00+01:00").toInstant();

    private Dashboard dashboard;

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
        dashboard = new Dashboard(counts, Clock.fixed(now, Dashboard.BUSINESS_ZONE));
    }

    private void lead(Instant at, ProductType product, LeadStatus status, String crm) {
        Lead lead =
                new Lead(
                        LeadId.generate(),
                        new Prospect("0612345678", "", "", "Durand", "", "", "75011", "75", "", ""),
                        null,
                        null,
                        true,
                        false,
                        "203.0.113.9",
                        at);
        if (product != null) {
            lead.cameThrough(
                    FormId.generate(),
                    FormCode.of(product, 1),
                    AccountId.generate(),
                    product,
                    false);
        }
        lead.conclude(status, List.of());
        if (crm != null) {
            lead.routeTo(CrmId.generate(), new CrmSlug(crm), "commande active", 1000);
        }
        leads.store(lead);
    }

    @Test
    void countsTodaySevenAndThirtyDaysWithParisMidnight() {
        lead(now.minus(Duration.ofMinutes(5)), ProductType.PV, LeadStatus.PENDING, "zr7");
        // 23:30 UTC yesterday = 00:30 today in Paris: today.
        lead(
                ZonedDateTime.parse("2026-11-23T23:30:00Z").toInstant(),
                ProductType.PAC,
                LeadStatus.PENDING,
                null);
        // 22:30 UTC yesterday = 23:30 yesterday in Paris: not today, within 7 days.
        lead(
                ZonedDateTime.parse("2026-11-23T22:30:00Z").toInstant(),
                ProductType.PAC,
                LeadStatus.INVALID_PHONE,
                null);
        lead(now.minus(Duration.ofDays(10)), ProductType.ITE, LeadStatus.PENDING, "mdl");
        lead(now.minus(Duration.ofDays(31)), ProductType.PV, LeadStatus.PENDING, "zr7");
        lead(now.minus(Duration.ofDays(2)), null, LeadStatus.ORPHAN, null);

        DashboardFigures figures = dashboard.figures();

        assertThat(figures.today()).isEqualTo(2);
        assertThat(figures.last7Days()).isEqualTo(4);
        assertThat(figures.last30Days()).isEqualTo(5);
        assertThat(figures.perProduct())
                .containsOnly(entry("PV", 1L), entry("PAC", 2L), entry("ITE", 1L), entry("", 1L));
        assertThat(figures.perStatus())
                .containsOnly(
                        entry("pending", 3L), entry("invalid_phone", 1L), entry("orphan", 1L));
        assertThat(figures.perDelivery())
                .containsOnly(
                        entry("pending", 3L), entry("invalid_phone", 1L), entry("orphan", 1L));
        assertThat(figures.perCrm())
                .containsOnly(entry("zr7", 1L), entry("mdl", 1L), entry("", 3L));
    }

    @Test
    void listsEveryDayOfTheChartWithZerosOldestFirst() {
        lead(now.minus(Duration.ofMinutes(5)), ProductType.PV, LeadStatus.PENDING, null);
        lead(now.minus(Duration.ofMinutes(6)), ProductType.PV, LeadStatus.PENDING, null);
        lead(
                ZonedDateTime.parse("2026-11-23T22:30:00Z").toInstant(),
                ProductType.PV,
                LeadStatus.PENDING,
                null);
        lead(
                ZonedDateTime.parse("2026-10-26T00:30:00+01:00").toInstant(),
                ProductType.PV,
                LeadStatus.PENDING,
                null);
        lead(
                ZonedDateTime.parse("2026-10-25T23:30:00+01:00").toInstant(),
                ProductType.PV,
                LeadStatus.PENDING,
                null);

        List<DailyCount> days = dashboard.figures().perDay();

        assertThat(days).hasSize(Dashboard.CHART_DAYS);
        assertThat(days.get(0)).isEqualTo(new DailyCount(LocalDate.parse("2026-10-26"), 1));
        assertThat(days.get(28)).isEqualTo(new DailyCount(LocalDate.parse("2026-11-23"), 1));
        assertThat(days.get(29)).isEqualTo(new DailyCount(LocalDate.parse("2026-11-24"), 2));
        assertThat(days.stream().mapToLong(DailyCount::count).sum()).isEqualTo(4);
    }

    @Test
    void emptyStoreGivesZeros() {
        DashboardFigures figures = dashboard.figures();

        assertThat(figures.today()).isZero();
        assertThat(figures.perDay()).allSatisfy(day -> assertThat(day.count()).isZero());
        assertThat(figures.perProduct()).isEmpty();
    }
}
