package fr.enersolar.crm.application.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingWindowTest {

    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    private BillingWindow window(String period, String week, String from, String to) {
        return ((BillingWindow.Window) BillingWindow.parse(period, week, from, to, now)).window();
    }

    @Test
    void aWeekIsMondayToMondayInParisAndNamesItsNeighbours() {
        BillingWindow current = window("week", null, null, null);
        assertThat(current.week()).isEqualTo("2026-W48");
        assertThat(current.from()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(current.to()).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));

        BillingWindow first = window("week", "2026-W01", null, null);
        assertThat(first.from()).isEqualTo(Instant.parse("2025-12-28T23:00:00Z"));
        assertThat(first.previousWeek()).isEqualTo("2025-W52");
        assertThat(first.nextWeek()).isEqualTo("2026-W02");
    }

    @Test
    void monthIsTheLastThirtyDaysAndTheDefault() {
        BillingWindow month = window(null, null, null, null);
        assertThat(month.type()).isEqualTo("month");
        assertThat(month.to()).isEqualTo(now);
        assertThat(month.from()).isEqualTo(Instant.parse("2026-10-25T10:00:00Z"));
    }

    @Test
    void aCustomWindowIncludesBothDays() {
        BillingWindow custom = window("custom", null, "2026-11-01", "2026-11-01");
        assertThat(custom.from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(custom.to()).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
    }

    @Test
    void badValuesNameTheirField() {
        assertThat(BillingWindow.parse("year", null, null, null, now))
                .isEqualTo(new BillingWindow.Invalid("period", "week, month ou custom attendu"));
        assertThat(BillingWindow.parse("week", "2026-W60", null, null, now))
                .isInstanceOfSatisfying(
                        BillingWindow.Invalid.class, i -> assertThat(i.field()).isEqualTo("week"));
        assertThat(BillingWindow.parse("custom", null, "2026-11-02", "2026-11-01", now))
                .isInstanceOfSatisfying(
                        BillingWindow.Invalid.class,
                        i -> assertThat(i.field()).isEqualTo("date_to"));
        assertThat(BillingWindow.parse("custom", null, null, "2026-11-01", now))
                .isInstanceOfSatisfying(
                        BillingWindow.Invalid.class,
                        i -> assertThat(i.field()).isEqualTo("date_from"));
    }
}
