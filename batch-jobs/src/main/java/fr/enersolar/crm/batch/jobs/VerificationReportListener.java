package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.NightlyData;
import fr.enersolar.crm.application.jobs.VerificationTotals;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Stores the run's report once every lead was checked (not after a failure: the restarted execution
 * stores it). The report's id is the run's start, so storing it again replaces it.
 */
@Dependent
@Named("verificationReport")
public class VerificationReportListener extends AbstractStepListener {

    @Inject NightlyData data;
    @Inject JobContext job;
    @Inject StepContext step;

    @Override
    public void afterStep() {
        if (step.getException() != null || step.getBatchStatus() == BatchStatus.FAILED) {
            return;
        }
        VerificationTotals totals = (VerificationTotals) job.getTransientUserData();
        JobParameters parameters = new JobParameters(job);
        data.storeReport(
                totals.report(
                        parameters.instant(JobParameters.RUN_AT),
                        parameters.instant(JobParameters.FROM),
                        parameters.instant(JobParameters.TO)));
        step.setExitStatus("leads=" + totals.totalLeads() + " requeued=" + totals.retried());
    }
}
