package fr.enersolar.crm.application.jobs;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Starts and queries the nightly jobs. Implemented by a facade EJB in batch-jobs, the one module
 * that both starts and queries batch executions (the batch runtime refuses queries from another
 * module); the web module calls only this interface.
 */
public interface NightlyJobs {

    /** Job name of the nightly verification (SPEC-seed §11). */
    String VERIFICATION = "nightly-verification";

    /** Job name of the cross-CRM billing rollup (SPEC-seed §12). */
    String BILLING = "billing-rollup";

    /**
     * Starts a verification of the leads created in the 24 hours before now.
     *
     * @return the execution id; empty when a verification is running (here or on another server)
     */
    OptionalLong startVerification();

    /**
     * Starts the billing rollup of {@code period}, replacing that month's draft statements.
     *
     * @return the execution id; empty when a rollup is running (here or on another server)
     */
    OptionalLong startBilling(YearMonth period);

    /** One execution, if this server knows it. */
    Optional<JobRun> execution(long executionId);

    /** The latest executions of {@code job} on this server, newest first, at most {@code limit}. */
    List<JobRun> lastExecutions(String job, int limit);

    /** The schedule as configured, for display ({@code 03:00 UTC}). */
    String schedule();

    /**
     * One job execution.
     *
     * @param status the batch status ({@code STARTED}, {@code COMPLETED}, {@code FAILED}…)
     */
    record JobRun(
            long executionId,
            String job,
            String status,
            String exitStatus,
            Instant createdAt,
            Instant startedAt,
            Instant endedAt) {}
}
