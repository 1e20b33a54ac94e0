package fr.enersolar.crm.web.testing;

import fr.enersolar.crm.application.jobs.BillingTotals;
import fr.enersolar.crm.application.jobs.NightlyData;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.application.jobs.VerificationTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for the batch-jobs facade EJB in the Payara Micro WAR tests (the EJB exists only in the
 * EAR): each start runs at once, writing what the job would write through the real store port
 * ({@link NightlyData}), and is recorded as a completed execution.
 */
@ApplicationScoped
public class FakeNightlyJobs implements NightlyJobs {

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, JobRun> runs = new ConcurrentHashMap<>();

    @Inject NightlyData data;

    @Override
    public java.util.OptionalLong startVerification() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        data.storeReport(
                new VerificationTotals().report(now, now.minus(Duration.ofHours(24)), now));
        return java.util.OptionalLong.of(record(VERIFICATION, now));
    }

    @Override
    public java.util.OptionalLong startBilling(YearMonth period) {
        Instant now = Instant.now();
        Instant from = period.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        BillingTotals totals = new BillingTotals();
        Map<String, String> accounts = data.accountCrms();
        try (var rows = data.deliveredCrossCrm(from, to, null)) {
            rows.forEachRemaining(row -> totals.add(row, accounts));
        }
        data.replaceDrafts(period, totals.statements(period, now));
        return java.util.OptionalLong.of(record(BILLING, now));
    }

    private long record(String job, Instant at) {
        long id = ids.incrementAndGet();
        runs.put(id, new JobRun(id, job, "COMPLETED", "COMPLETED", at, at, at));
        return id;
    }

    @Override
    public Optional<JobRun> execution(long executionId) {
        return Optional.ofNullable(runs.get(executionId));
    }

    @Override
    public List<JobRun> lastExecutions(String job, int limit) {
        return runs.values().stream()
                .filter(r -> r.job().equals(job))
                .sorted((a, b) -> Long.compare(b.executionId(), a.executionId()))
                .limit(limit)
                .toList();
    }

    @Override
    public String schedule() {
        return "03:00 UTC";
    }
}
