package fr.enersolar.crm.batch;

import fr.enersolar.crm.application.jobs.JobLeases;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.UUID;

/**
 * Starts and queries the nightly jobs: the one place that talks to the batch runtime, so start and
 * query happen in the same module (Payara refuses a query from another one). Before a start it
 * takes the job's lease in the store, so an execution never overlaps a running one, on this server
 * or another; the job gives the lease back when it ends, and a dead server's lease expires.
 */
@Stateless
@Local(NightlyJobs.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyJobsFacade implements NightlyJobs {

    /** How long a lease outlives a server that died mid-job. */
    static final Duration LEASE = Duration.ofHours(2);

    /** Identifies this server process in the leases. */
    static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @Inject JobLeases leases;
    @Inject Clock clock;
    @Inject CrmConfig config;

    @Override
    public OptionalLong startVerification() {
        Instant runAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Properties parameters = new Properties();
        parameters.setProperty("run_at", runAt.toString());
        parameters.setProperty("from", runAt.minus(Duration.ofHours(24)).toString());
        parameters.setProperty("to", runAt.toString());
        return start(VERIFICATION, parameters);
    }

    @Override
    public OptionalLong startBilling(YearMonth period) {
        Properties parameters = new Properties();
        parameters.setProperty("run_at", clock.instant().toString());
        parameters.setProperty("period", period.toString());
        return start(BILLING, parameters);
    }

    private OptionalLong start(String job, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (!running(operator, job).isEmpty()) {
            return OptionalLong.empty();
        }
        String owner = SERVER + "/" + UUID.randomUUID();
        Instant now = clock.instant();
        if (!leases.acquire(job, owner, now.plus(LEASE), now)) {
            return OptionalLong.empty();
        }
        parameters.setProperty("lease_owner", owner);
        try {
            return OptionalLong.of(operator.start(job, parameters));
        } catch (RuntimeException e) {
            leases.release(job, owner);
            throw e;
        }
    }

    private static List<Long> running(JobOperator operator, String job) {
        try {
            return operator.getRunningExecutions(job);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    @Override
    public Optional<JobRun> execution(long executionId) {
        try {
            return Optional.of(run(BatchRuntime.getJobOperator().getJobExecution(executionId)));
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<JobRun> lastExecutions(String job, int limit) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobRun> runs = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(job, 0, limit)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    runs.add(run(execution));
                }
            }
        } catch (NoSuchJobException e) {
            return List.of();
        }
        runs.sort(Comparator.comparingLong(JobRun::executionId).reversed());
        return runs.size() > limit ? List.copyOf(runs.subList(0, limit)) : runs;
    }

    private static JobRun run(JobExecution e) {
        return new JobRun(
                e.getExecutionId(),
                e.getJobName(),
                e.getBatchStatus() == null ? null : e.getBatchStatus().name(),
                e.getExitStatus(),
                instant(e.getCreateTime()),
                instant(e.getStartTime()),
                instant(e.getEndTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public String schedule() {
        return NightlySchedule.parse(config.value(ConfigKey.NIGHTLY_SCHEDULE).orElse("03:00 UTC"))
                .toString();
    }
}
