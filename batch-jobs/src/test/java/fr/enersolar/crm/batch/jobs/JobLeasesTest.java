package fr.enersolar.crm.batch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.jobs.JobLeases;
import fr.enersolar.crm.infrastructure.persistence.mongo.MongoJobLeases;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code job_leases} documents that make one server of a cluster run the nightly jobs. */
class JobLeasesTest {

    private final Instant now = Instant.parse("2026-11-24T03:00:00Z");
    private JobLeases a;
    private JobLeases b;

    @BeforeEach
    void store() {
        var db = JobsHarness.start();
        a = new MongoJobLeases(db);
        b = new MongoJobLeases(db);
    }

    @Test
    void eachNightIsClaimedByOneServerOnly() {
        assertThat(a.lastNight()).isEmpty();

        assertThat(a.claimNight("2026-11-24", "server-a", now)).isTrue();
        assertThat(b.claimNight("2026-11-24", "server-b", now)).isFalse();
        assertThat(a.claimNight("2026-11-24", "server-a", now)).isFalse();
        assertThat(b.claimNight("2026-11-23", "server-b", now)).isFalse();

        assertThat(b.claimNight("2026-11-25", "server-b", now)).isTrue();
        assertThat(a.lastNight()).contains("2026-11-25");
    }

    @Test
    void aJobLeaseIsExclusiveUntilReleasedOrExpired() {
        assertThat(a.acquire("billing-rollup", "a", now.plusSeconds(60), now)).isTrue();
        assertThat(b.acquire("billing-rollup", "b", now.plusSeconds(60), now)).isFalse();
        assertThat(b.acquire("nightly-verification", "b", now.plusSeconds(60), now)).isTrue();

        b.release("billing-rollup", "b"); // not b's: nothing happens
        assertThat(b.acquire("billing-rollup", "b", now.plusSeconds(60), now)).isFalse();

        a.release("billing-rollup", "a");
        assertThat(b.acquire("billing-rollup", "b", now.plusSeconds(60), now)).isTrue();

        // b's server dies: its lease expires.
        assertThat(a.acquire("billing-rollup", "a", now.plusSeconds(180), now.plusSeconds(61)))
                .isTrue();
    }
}
