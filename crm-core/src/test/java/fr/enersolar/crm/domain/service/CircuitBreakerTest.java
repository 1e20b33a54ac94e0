package fr.enersolar.crm.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.service.CircuitBreaker.Permit;
import fr.enersolar.crm.domain.service.CircuitBreaker.Snapshot;
import fr.enersolar.crm.domain.service.CircuitBreaker.State;
import fr.enersolar.crm.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CircuitBreakerTest {

    private static final Instant T0 = Instant.parse("2026-02-10T09:00:00Z");
    private static final Duration COOL_DOWN = Duration.ofSeconds(60);

    private final TestClock clock = new TestClock(T0);
    private final CircuitBreaker breaker =
            new CircuitBreaker(new CrmSlug("zr7"), 3, COOL_DOWN, clock);

    private Permit permit() {
        return breaker.tryAcquire().orElseThrow(() -> new AssertionError("breaker refused"));
    }

    private void attempt(DeliveryOutcome outcome) {
        breaker.record(permit(), outcome);
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            attempt(DeliveryOutcome.RETRYABLE);
        }
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void aNewBreakerIsClosedAndLetsEveryAttemptThrough() {
        for (int i = 0; i < 10; i++) {
            Optional<Permit> permit = breaker.tryAcquire();
            assertThat(permit).isPresent();
            assertThat(permit.get().probe()).isFalse();
        }
        assertThat(breaker.snapshot())
                .isEqualTo(
                        new Snapshot(
                                new CrmSlug("zr7"),
                                State.CLOSED,
                                0,
                                Optional.empty(),
                                Optional.empty()));
    }

    @Test
    void opensAfterTheThresholdOfConsecutiveRetryableFailures() {
        attempt(DeliveryOutcome.RETRYABLE);
        attempt(DeliveryOutcome.RETRYABLE);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.snapshot().consecutiveFailures()).isEqualTo(2);

        attempt(DeliveryOutcome.RETRYABLE);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isEmpty();
        assertThat(breaker.snapshot().openedAt()).hasValue(T0);
        assertThat(breaker.retryAt()).hasValue(T0.plus(COOL_DOWN));
    }

    @ParameterizedTest
    @EnumSource(
            value = DeliveryOutcome.class,
            names = {"ACCEPTED", "DUPLICATE", "REJECTED", "AUTH_FAILED"})
    void anyAnswerFromThePartnerResetsTheCount(DeliveryOutcome answer) {
        attempt(DeliveryOutcome.RETRYABLE);
        attempt(DeliveryOutcome.RETRYABLE);

        attempt(answer);
        attempt(DeliveryOutcome.RETRYABLE);
        attempt(DeliveryOutcome.RETRYABLE);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.snapshot().consecutiveFailures()).isEqualTo(2);
    }

    @Test
    void staysOpenForTheCoolDownThenAllowsOneProbe() {
        open();
        clock.advance(COOL_DOWN.minusMillis(1));
        assertThat(breaker.tryAcquire()).isEmpty();

        clock.advance(Duration.ofMillis(1));
        Optional<Permit> probe = breaker.tryAcquire();

        assertThat(probe).isPresent();
        assertThat(probe.get().probe()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).as("a second attempt while probing").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = DeliveryOutcome.class,
            names = {"ACCEPTED", "DUPLICATE", "REJECTED", "AUTH_FAILED"})
    void aProbeThePartnerAnswersClosesTheBreaker(DeliveryOutcome answer) {
        open();
        clock.advance(COOL_DOWN);
        Permit probe = permit();

        breaker.record(probe, answer);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.snapshot().consecutiveFailures()).isZero();
        assertThat(breaker.snapshot().openedAt()).isEmpty();
        assertThat(breaker.tryAcquire()).hasValueSatisfying(p -> assertThat(p.probe()).isFalse());
    }

    @Test
    void aFailedProbeOpensTheBreakerForAnotherCoolDown() {
        open();
        clock.advance(COOL_DOWN.plusSeconds(5));
        Permit probe = permit();
        clock.advance(Duration.ofSeconds(2));

        breaker.record(probe, DeliveryOutcome.RETRYABLE);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        Instant reopened = T0.plus(COOL_DOWN).plusSeconds(7);
        assertThat(breaker.snapshot().openedAt()).hasValue(reopened);
        assertThat(breaker.retryAt()).hasValue(reopened.plus(COOL_DOWN));
        clock.advance(COOL_DOWN.minusMillis(1));
        assertThat(breaker.tryAcquire()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(breaker.tryAcquire()).hasValueSatisfying(p -> assertThat(p.probe()).isTrue());
    }

    @Test
    void aProbeThatNeverReportsIsReplacedAfterACoolDown() {
        open();
        clock.advance(COOL_DOWN);
        Permit lost = permit();
        assertThat(breaker.retryAt()).hasValue(T0.plus(COOL_DOWN).plus(COOL_DOWN));
        clock.advance(COOL_DOWN.minusMillis(1));
        assertThat(breaker.tryAcquire()).isEmpty();

        clock.advance(Duration.ofMillis(1));
        Permit replacement = permit();

        assertThat(replacement.probe()).isTrue();
        breaker.record(lost, DeliveryOutcome.ACCEPTED);
        assertThat(breaker.state()).as("the lost probe's late answer").isEqualTo(State.HALF_OPEN);
        breaker.record(replacement, DeliveryOutcome.ACCEPTED);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void aLateFailureFromBeforeTheBreakerOpenedDoesNotReopenItAfterTheProbe() {
        Permit slow = permit();
        open();
        clock.advance(COOL_DOWN);
        breaker.record(permit(), DeliveryOutcome.ACCEPTED);

        breaker.record(slow, DeliveryOutcome.RETRYABLE);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.snapshot().consecutiveFailures()).isZero();
    }

    @Test
    void aLateAnswerFromBeforeTheBreakerOpenedDoesNotCloseIt() {
        Permit slow = permit();
        open();

        breaker.record(slow, DeliveryOutcome.ACCEPTED);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void aLateAnswerFromBeforeTheProbeDoesNotDecideForTheProbe() {
        Permit slow = permit();
        open();
        clock.advance(COOL_DOWN);
        Permit probe = permit();

        breaker.record(slow, DeliveryOutcome.ACCEPTED);
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);

        breaker.record(probe, DeliveryOutcome.RETRYABLE);
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void failuresOfAttemptsStartedInTheSameClosedSpellCount() {
        List<Permit> inFlight = List.of(permit(), permit(), permit());

        inFlight.forEach(p -> breaker.record(p, DeliveryOutcome.RETRYABLE));

        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void aThresholdOfOneOpensOnTheFirstFailure() {
        CircuitBreaker touchy = new CircuitBreaker(new CrmSlug("mdl"), 1, COOL_DOWN, clock);

        touchy.record(touchy.tryAcquire().orElseThrow(), DeliveryOutcome.RETRYABLE);

        assertThat(touchy.state()).isEqualTo(State.OPEN);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        CrmSlug zr7 = new CrmSlug("zr7");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CircuitBreaker(zr7, 0, COOL_DOWN, clock));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CircuitBreaker(zr7, 5, Duration.ZERO, clock));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CircuitBreakers(5, Duration.ofSeconds(-1), clock));
    }

    @Test
    void statesHaveWireNames() {
        assertThat(State.CLOSED.wire()).isEqualTo("closed");
        assertThat(State.OPEN.wire()).isEqualTo("open");
        assertThat(State.HALF_OPEN.wire()).isEqualTo("half_open");
    }

    @Test
    void oneBreakerPerPartner() {
        CircuitBreakers breakers = new CircuitBreakers(2, COOL_DOWN, clock);
        CircuitBreaker zr7 = breakers.of(new CrmSlug("zr7"));
        CircuitBreaker mdl = breakers.of(new CrmSlug("mdl"));

        zr7.record(zr7.tryAcquire().orElseThrow(), DeliveryOutcome.RETRYABLE);
        zr7.record(zr7.tryAcquire().orElseThrow(), DeliveryOutcome.RETRYABLE);

        assertThat(breakers.of(new CrmSlug("zr7"))).isSameAs(zr7);
        assertThat(zr7.state()).isEqualTo(State.OPEN);
        assertThat(mdl.state()).isEqualTo(State.CLOSED);
        assertThat(breakers.snapshots())
                .extracting(s -> s.partner().value() + ":" + s.state().wire())
                .containsExactly("mdl:closed", "zr7:open");
    }

    @Test
    void underContentionOneProbeAtATimeIsAllowed() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 50; round++) {
                open();
                clock.advance(COOL_DOWN);
                CountDownLatch start = new CountDownLatch(1);
                AtomicInteger granted = new AtomicInteger();
                List<Future<Optional<Permit>>> asks = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    asks.add(
                            pool.submit(
                                    () -> {
                                        start.await();
                                        Optional<Permit> p = breaker.tryAcquire();
                                        p.ifPresent(x -> granted.incrementAndGet());
                                        return p;
                                    }));
                }
                start.countDown();
                Permit probe = null;
                for (Future<Optional<Permit>> ask : asks) {
                    Optional<Permit> p = ask.get(10, TimeUnit.SECONDS);
                    if (p.isPresent()) {
                        probe = p.get();
                    }
                }
                assertThat(granted).as("round " + round).hasValue(1);
                breaker.record(probe, DeliveryOutcome.ACCEPTED);
                assertThat(breaker.state()).isEqualTo(State.CLOSED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentFailuresOpenTheBreakerExactlyOnce() throws Exception {
        CircuitBreaker shared = new CircuitBreaker(new CrmSlug("zr7"), 100, COOL_DOWN, clock);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    int allowed = 0;
                                    for (int i = 0; i < 1000; i++) {
                                        Optional<Permit> p = shared.tryAcquire();
                                        if (p.isPresent()) {
                                            allowed++;
                                            shared.record(p.get(), DeliveryOutcome.RETRYABLE);
                                        }
                                    }
                                    return allowed;
                                }));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Integer> worker : workers) {
                allowed += worker.get(30, TimeUnit.SECONDS);
            }
            assertThat(shared.state()).isEqualTo(State.OPEN);
            assertThat(shared.snapshot().consecutiveFailures()).isEqualTo(100);
            // Permits granted before the 100th failure was recorded may still have been in
            // flight, but no more than one per thread.
            assertThat(allowed).isBetween(100, 100 + threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
