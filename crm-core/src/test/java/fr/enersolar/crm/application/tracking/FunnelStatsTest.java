package fr.enersolar.crm.application.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunnelStatsTest {

    @Test
    void ratesArePercentagesWithOneDecimal() {
        FunnelStats stats = new FunnelStats("LP-001", 3, 2, 1, 1);

        assertThat(stats.lpToCta()).isEqualTo(66.7);
        assertThat(stats.ctaToStart()).isEqualTo(50.0);
        assertThat(stats.startToFinish()).isEqualTo(100.0);
        assertThat(stats.globalConversion()).isEqualTo(33.3);
    }

    @Test
    void aRateIsZeroWhenTheStepBeforeCountedNothing() {
        FunnelStats stats = new FunnelStats("PV-001", 0, 0, 0, 4);

        assertThat(stats.lpToCta()).isZero();
        assertThat(stats.ctaToStart()).isZero();
        assertThat(stats.startToFinish()).isZero();
        assertThat(stats.globalConversion()).isZero();
    }

    @Test
    void roundsAsPythonDoesOnExactTies() {
        // 1/16 = 6.25 exactly: Python's round(6.25, 1) is 6.2 (ties to even); 1/8 = 12.5 stays.
        assertThat(FunnelStats.rate(1, 1600)).isEqualTo(0.1);
        assertThat(FunnelStats.rate(1, 16)).isEqualTo(6.2);
        assertThat(FunnelStats.rate(3, 16)).isEqualTo(18.8);
        assertThat(FunnelStats.rate(1, 8)).isEqualTo(12.5);
    }

    @Test
    void moreFinishedThanStartedIsShownAsItIs() {
        assertThat(FunnelStats.rate(3, 2)).isEqualTo(150.0);
    }
}
