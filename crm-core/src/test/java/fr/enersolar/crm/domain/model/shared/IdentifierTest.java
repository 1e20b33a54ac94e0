package fr.enersolar.crm.domain.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifierTest {

    @Test
    void aTimeOrderedIdIsAVersion7UuidCarryingItsMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(Identifier.generateTimeOrdered());
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
        assertThat(Identifier.require("lead id", id.toString())).isEqualTo(id.toString());
    }

    @Test
    void idsOfLaterMillisecondsSortAfterAndStringOrderFollowsTime() {
        UUID random = UUID.randomUUID();
        String earlier = Identifier.timeOrdered(1_700_000_000_000L, random).toString();
        String later = Identifier.timeOrdered(1_700_000_000_001L, UUID.randomUUID()).toString();
        String muchLater = Identifier.timeOrdered(1_800_000_000_000L, random).toString();

        assertThat(earlier).isLessThan(later).isLessThan(muchLater);
    }

    @Test
    void idsOfOneMillisecondStayDistinctThroughTheirRandomBits() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Identifier.timeOrdered(1_700_000_000_000L, UUID.randomUUID()).toString());
        }
        assertThat(new HashSet<>(ids)).hasSize(10_000);
    }
}
