package fr.enersolar.crm.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final MutableClock clock = new MutableClock();

    @Test
    void allowsAMinutesWorthAtOnceThenRefuses() {
        TokenBuckets buckets = new TokenBuckets(5, clock, 100);

        for (int i = 0; i < 5; i++) {
            assertThat(buckets.tryAcquire("203.0.113.1").allowed()).as("request %d", i).isTrue();
        }
        TokenBuckets.Decision sixth = buckets.tryAcquire("203.0.113.1");

        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfterSeconds()).isEqualTo(12);
    }

    @Test
    void refillsEvenlyOverTheMinute() {
        TokenBuckets buckets = new TokenBuckets(60, clock, 100);
        for (int i = 0; i < 60; i++) {
            buckets.tryAcquire("a");
        }
        assertThat(buckets.tryAcquire("a").allowed()).isFalse();

        clock.advance(Duration.ofMillis(999));
        assertThat(buckets.tryAcquire("a").allowed()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(buckets.tryAcquire("a").allowed()).isTrue();
        assertThat(buckets.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void retryAfterCountsDownAndIsNeverZero() {
        TokenBuckets buckets = new TokenBuckets(2, clock, 100);
        buckets.tryAcquire("a");
        buckets.tryAcquire("a");

        assertThat(buckets.tryAcquire("a").retryAfterSeconds()).isEqualTo(30);
        clock.advance(Duration.ofSeconds(20));
        assertThat(buckets.tryAcquire("a").retryAfterSeconds()).isEqualTo(10);
        clock.advance(Duration.ofMillis(9_900));
        assertThat(buckets.tryAcquire("a").retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void neverHoldsMoreThanAMinutesWorth() {
        TokenBuckets buckets = new TokenBuckets(3, clock, 100);
        clock.advance(Duration.ofHours(5));

        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(buckets.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        TokenBuckets buckets = new TokenBuckets(1, clock, 100);

        assertThat(buckets.tryAcquire("a").allowed()).isTrue();
        assertThat(buckets.tryAcquire("a").allowed()).isFalse();
        assertThat(buckets.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void zeroMeansUnlimitedAndTracksNothing() {
        TokenBuckets buckets = new TokenBuckets(0, clock, 100);

        for (int i = 0; i < 10_000; i++) {
            assertThat(buckets.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(buckets.trackedKeys()).isZero();
    }

    @Test
    void sweepsBucketsThatRefilledCompletely() {
        TokenBuckets buckets = new TokenBuckets(10, clock, 1_000);
        for (int i = 0; i < 50; i++) {
            buckets.tryAcquire("client-" + i);
        }
        assertThat(buckets.trackedKeys()).isEqualTo(50);

        clock.advance(Duration.ofSeconds(61));
        buckets.tryAcquire("newcomer");

        assertThat(buckets.trackedKeys()).isEqualTo(1);
    }

    @Test
    void aSweepKeepsBucketsStillRefilling() {
        TokenBuckets buckets = new TokenBuckets(10, clock, 1_000);
        buckets.tryAcquire("idle");
        clock.advance(Duration.ofSeconds(59));
        for (int i = 0; i < 10; i++) {
            buckets.tryAcquire("busy");
        }

        clock.advance(Duration.ofSeconds(2));
        buckets.tryAcquire("newcomer");

        assertThat(buckets.trackedKeys()).isEqualTo(2); // busy and newcomer
        assertThat(buckets.tryAcquire("busy").allowed()).isFalse();
    }

    @Test
    void neverTracksMoreKeysThanItsCapAndLetsNewcomersThroughWhenFull() {
        TokenBuckets buckets = new TokenBuckets(1, clock, 3);
        for (String key : List.of("a", "b", "c")) {
            buckets.tryAcquire(key);
        }

        for (int i = 0; i < 3; i++) {
            assertThat(buckets.tryAcquire("d").allowed()).isTrue();
        }
        assertThat(buckets.trackedKeys()).isEqualTo(3);
        assertThat(buckets.tryAcquire("a").allowed()).as("tracked keys still limited").isFalse();
    }

    @Test
    void aFullMapMakesRoomOnceOldBucketsHaveRefilled() {
        TokenBuckets buckets = new TokenBuckets(1, clock, 2);
        buckets.tryAcquire("a");
        buckets.tryAcquire("b");

        clock.advance(Duration.ofSeconds(61));
        buckets.tryAcquire("c");
        buckets.tryAcquire("c");

        assertThat(buckets.tryAcquire("c").allowed()).as("c is tracked now").isFalse();
    }

    @Test
    void aClockSteppingBackTakesNoTokensAway() {
        TokenBuckets buckets = new TokenBuckets(2, clock, 100);
        buckets.tryAcquire("a");
        clock.advance(Duration.ofSeconds(-30));

        assertThat(buckets.tryAcquire("a").allowed()).isTrue();
        assertThat(buckets.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void concurrentRequestsNeverGetMoreThanTheAllowance() throws Exception {
        TokenBuckets buckets = new TokenBuckets(1_000, clock, 100);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(
                        () -> {
                            for (int i = 0; i < 500; i++) {
                                if (buckets.tryAcquire("shared").allowed()) {
                                    allowed.incrementAndGet();
                                }
                            }
                            return null;
                        });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(allowed.get()).isEqualTo(1_000);
    }
}
