package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.LeadCheck;
import fr.enersolar.crm.application.jobs.NightlyData;
import fr.enersolar.crm.application.jobs.VerificationTotals;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Hands the retryable leads back to the delivery outbox (a conditional update: only a lead still
 * {@code failed} and not leased) and keeps the run's figures, checkpointed with each chunk.
 */
@Dependent
@Named("verificationWriter")
public class VerificationWriter extends AbstractItemWriter {

    @Inject NightlyData data;
    @Inject JobContext job;

    private VerificationTotals totals;
    private Instant runAt;

    @Override
    public void open(Serializable checkpoint) {
        totals = checkpoint == null ? new VerificationTotals() : (VerificationTotals) checkpoint;
        runAt = new JobParameters(job).instant(JobParameters.RUN_AT);
        job.setTransientUserData(totals);
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            LeadCheck check = (LeadCheck) item;
            boolean requeued =
                    switch (check.outcome()) {
                        case REQUEUE ->
                                data.requeue(check.leadId(), check.version(), runAt, Instant.now());
                        case REQUEUED_BY_THIS_RUN -> true;
                        default -> false;
                    };
            totals.count(check, requeued);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return totals;
    }
}
