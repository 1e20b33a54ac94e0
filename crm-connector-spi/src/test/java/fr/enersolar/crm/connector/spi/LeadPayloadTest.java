package fr.enersolar.crm.connector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadPayloadTest {

    private final String key = UUID.randomUUID().toString();

    @Test
    void keepsOnlyNonBlankFieldsInFieldOrder() {
        LeadPayload lead =
                LeadPayload.builder("lead-1", "PAC", Instant.ofEpochSecond(1770671234), key)
                        .set(LeadField.NOM, "Dupont")
                        .set(LeadField.PHONE, "0612345679")
                        .set(LeadField.PRENOM, " ")
                        .set(LeadField.EMAIL, null)
                        .build();

        assertThat(lead.fields().keySet()).containsExactly(LeadField.PHONE, LeadField.NOM);
        assertThat(lead.get(LeadField.PRENOM)).isEmpty();
        assertThat(lead.get(LeadField.NOM)).isEqualTo("Dupont");
        assertThat(lead.leadId()).isEqualTo("lead-1");
        assertThat(lead.productType()).isEqualTo("PAC");
        assertThat(lead.apiKey()).isEqualTo(key);
    }

    @Test
    void neverPrintsTheKeyNorPersonalData() {
        LeadPayload lead =
                LeadPayload.builder("lead-1", "PV", Instant.now(), key)
                        .set(LeadField.PHONE, "0612345679")
                        .build();

        assertThat(lead.toString()).doesNotContain(key).doesNotContain("0612345679");
    }

    @Test
    void requiresIdProductAndKey() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> LeadPayload.builder(" ", "PV", now, key))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadPayload.builder("l", "", now, key))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadPayload.builder("l", "PV", now, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fieldsAreUnmodifiable() {
        LeadPayload lead = LeadPayload.builder("l", "PV", Instant.now(), key).build();

        assertThatThrownBy(() -> lead.fields().put(LeadField.NOM, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
