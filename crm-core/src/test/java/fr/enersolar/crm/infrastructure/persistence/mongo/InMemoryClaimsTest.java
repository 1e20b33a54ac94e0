package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class InMemoryClaimsTest {

    private static final Duration WINDOW = Duration.ofSeconds(10);
    private final Instant t0 = Instant.parse("2026-11-20T10:00:00Z");
    private final InMemoryClaims claims = new InMemoryClaims(Duration.ofHours(1));

    @Test
    void theFirstClaimWinsAndLaterOnesWithinTheWindowSeeIt() {
        LeadId first = LeadId.generate();

        assertThat(claims.claim("k", first, t0, WINDOW)).isEmpty();
        assertThat(claims.claim("k", LeadId.generate(), t0.plusSeconds(9), WINDOW)).contains(first);
    }

    @Test
    void aClaimOlderThanTheWindowIsReplaced() {
        claims.claim("k", LeadId.generate(), t0, WINDOW);
        LeadId later = LeadId.generate();

        assertThat(claims.claim("k", later, t0.plusSeconds(11), WINDOW)).isEmpty();
        assertThat(claims.claim("k", LeadId.generate(), t0.plusSeconds(12), WINDOW))
                .contains(later);
    }

    @Test
    void releaseOnlyDropsTheCandidatesOwnClaim() {
        LeadId first = LeadId.generate();
        claims.claim("k", first, t0, WINDOW);

        claims.release("k", LeadId.generate());
        assertThat(claims.claim("k", LeadId.generate(), t0, WINDOW)).contains(first);

        claims.release("k", first);
        assertThat(claims.claim("k", LeadId.generate(), t0, WINDOW)).isEmpty();
    }

    @Test
    void restoringStoredLeadsOldestFirstRebuildsTheSameOriginals() {
        Duration thirtyDays = Duration.ofDays(30);
        InMemoryClaims claims = new InMemoryClaims(thirtyDays);
        LeadId a = LeadId.generate();
        LeadId b = LeadId.generate();
        LeadId c = LeadId.generate();
        claims.restore("p", a, t0, thirtyDays);
        claims.restore("p", b, t0.plus(Duration.ofDays(10)), thirtyDays); // a repeat of a
        claims.restore("p", c, t0.plus(Duration.ofDays(31)), thirtyDays); // a new original

        assertThat(claims.claim("p", LeadId.generate(), t0.plus(Duration.ofDays(32)), thirtyDays))
                .contains(c);
    }

    @Test
    void forgetsClaimsOlderThanItsRetention() {
        InMemoryClaims shortLived = new InMemoryClaims(Duration.ofMinutes(1));
        for (int i = 0; i < 100; i++) {
            shortLived.claim("k" + i, LeadId.generate(), t0, WINDOW);
        }

        shortLived.claim("new", LeadId.generate(), t0.plus(Duration.ofMinutes(5)), WINDOW);

        assertThat(shortLived.size()).isEqualTo(1);
    }

    @Test
    void twentyConcurrentClaimsOfOneKeyHaveOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<LeadId>>> results = new ArrayList<>();
            List<LeadId> candidates = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                LeadId candidate = LeadId.generate();
                candidates.add(candidate);
                results.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return claims.claim("k", candidate, t0, WINDOW);
                                }));
            }
            start.countDown();
            Set<LeadId> seen = new HashSet<>();
            int winners = 0;
            for (Future<Optional<LeadId>> r : results) {
                Optional<LeadId> holder = r.get();
                if (holder.isEmpty()) {
                    winners++;
                } else {
                    seen.add(holder.get());
                }
            }
            assertThat(winners).isEqualTo(1);
            assertThat(seen).hasSize(1);
            assertThat(candidates).containsAll(seen);
        } finally {
            pool.shutdownNow();
        }
    }
}
