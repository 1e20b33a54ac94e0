package fr.enersolar.crm.domain.model.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LeadStatusTest {

    @ParameterizedTest(name = "{0} is stored as {1}")
    @CsvSource({
        "ORPHAN,             orphan",
        "INVALID_PHONE,      invalid_phone",
        "MISSING_REQUIRED,   missing_required",
        "INVALID_FIELD,      invalid_field",
        "OUT_OF_AREA,        out_of_area",
        "INTERNAL_DUPLICATE, internal_duplicate",
        "PENDING,            pending",
        "PENDING_NO_ORDER,   pending_no_order",
        "PENDING_MANUAL,     pending_manual",
        "QUEUED,             queued",
        "SENT,               success",
        "DUPLICATE,          duplicate",
        "REJECTED,           validation_error",
        "AUTH_ERROR,         auth_error",
        "FAILED,             failed",
        "NO_CRM,             no_crm",
    })
    void keepsTheSeedsWireNames(LeadStatus status, String wire) {
        assertThat(status.wire()).isEqualTo(wire);
        assertThat(LeadStatus.fromWire(wire)).isEqualTo(status);
    }

    @Test
    void wireNamesAreDistinct() {
        assertThat(Arrays.stream(LeadStatus.values()).map(LeadStatus::wire))
                .doesNotHaveDuplicates();
    }

    @Test
    void refusesAnUnknownWireName() {
        assertThatIllegalArgumentException().isThrownBy(() -> LeadStatus.fromWire("timeout"));
    }

    @ParameterizedTest(name = "{0}: accepted={1} awaits={2} delivered={3} finished={4}")
    @CsvSource({
        "ORPHAN,             false, false, false, false",
        "INVALID_PHONE,      false, false, false, false",
        "MISSING_REQUIRED,   false, false, false, false",
        "INVALID_FIELD,      false, false, false, false",
        "OUT_OF_AREA,        false, false, false, false",
        "INTERNAL_DUPLICATE, true,  false, false, false",
        "PENDING,            true,  true,  false, false",
        "PENDING_NO_ORDER,   true,  false, false, false",
        "PENDING_MANUAL,     true,  false, false, false",
        "QUEUED,             true,  true,  false, false",
        "SENT,               true,  false, true,  true",
        "DUPLICATE,          true,  false, true,  true",
        "REJECTED,           true,  false, false, true",
        "AUTH_ERROR,         true,  false, false, true",
        "FAILED,             true,  false, false, true",
        "NO_CRM,             true,  false, false, false",
    })
    void classifiesEveryStatus(
            LeadStatus status,
            boolean accepted,
            boolean awaitsDelivery,
            boolean delivered,
            boolean finished) {
        assertThat(status.accepted()).as("accepted").isEqualTo(accepted);
        assertThat(status.awaitsDelivery()).as("awaits delivery").isEqualTo(awaitsDelivery);
        assertThat(status.delivered()).as("delivered").isEqualTo(delivered);
        assertThat(status.deliveryFinished()).as("finished").isEqualTo(finished);
    }

    @ParameterizedTest
    @EnumSource(LeadStatus.class)
    void aDeliveredStatusIsFinishedAndNeverAwaitsDelivery(LeadStatus status) {
        if (status.delivered()) {
            assertThat(status.deliveryFinished()).isTrue();
        }
        assertThat(status.awaitsDelivery() && status.deliveryFinished()).isFalse();
    }
}
