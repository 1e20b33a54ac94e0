package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.BillingTotals;
import fr.enersolar.crm.application.jobs.NightlyData;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Once every lead of the month is summed, replaces the month's draft statements with the new totals
 * (sent and paid ones are final and kept). Not after a failure: the restarted execution publishes.
 * Publishing twice writes the same totals, so it never double-counts.
 */
@Dependent
@Named("billingPublish")
public class BillingPublishListener extends AbstractStepListener {

    @Inject NightlyData data;
    @Inject JobContext job;
    @Inject StepContext step;

    @Override
    public void afterStep() {
        if (step.getException() != null || step.getBatchStatus() == BatchStatus.FAILED) {
            return;
        }
        BillingTotals totals = (BillingTotals) job.getTransientUserData();
        JobParameters parameters = new JobParameters(job);
        int statements =
                data.replaceDrafts(
                        parameters.period(),
                        totals.statements(
                                parameters.period(), parameters.instant(JobParameters.RUN_AT)));
        step.setExitStatus(
                "leads="
                        + totals.leads()
                        + " statements="
                        + statements
                        + " skipped="
                        + totals.skipped());
    }
}
