package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoCodeSequencesTest {

    private static final int CALLERS = 50;

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject LpRepository lps;
    @Inject FormRepository forms;

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    /** Runs {@code allocation} from {@link #CALLERS} threads released at the same instant. */
    private <T> List<T> concurrently(Callable<T> allocation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    gate.await();
                                    return allocation.call();
                                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyConcurrentLpAllocationsGetFiftyConsecutiveCodes() throws Exception {
        List<LpCode> codes = concurrently(lps::nextCode);

        assertThat(codes)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, CALLERS).mapToObj(LpCode::of).toList());
        assertThat(lps.nextCode()).isEqualTo(LpCode.of(CALLERS + 1));
    }

    @Test
    void fiftyConcurrentFormAllocationsGetFiftyConsecutiveCodes() throws Exception {
        List<FormCode> codes = concurrently(() -> forms.nextCode(ProductType.PAC));

        assertThat(codes)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(1, CALLERS)
                                .mapToObj(n -> FormCode.of(ProductType.PAC, n))
                                .toList());
        assertThat(forms.nextCode(ProductType.PV)).isEqualTo(FormCode.of(ProductType.PV, 1));
    }
}
