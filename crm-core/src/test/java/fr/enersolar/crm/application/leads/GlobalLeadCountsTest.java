package fr.enersolar.crm.application.leads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobalLeadCountsTest {

    @Test
    void theSentRateCountsSuccessesAndDuplicatesWithOneDecimal() {
        assertThat(new GlobalLeadCounts(3, 1, 1, 1, 0, 0).sentRate()).isEqualTo(66.7);
        assertThat(new GlobalLeadCounts(8, 1, 0, 0, 0, 0).sentRate()).isEqualTo(12.5);
    }

    @Test
    void withoutLeadsTheRateIsZero() {
        assertThat(new GlobalLeadCounts(0, 0, 0, 0, 0, 0).sentRate()).isZero();
    }
}
