package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.JobLeases;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Gives back the job's lease in the store when an execution ends (completed, failed or stopped), so
 * the next run may start at once; a server that dies leaves it to expire.
 */
@Dependent
@Named("jobLeaseRelease")
public class JobLeaseRelease extends AbstractJobListener {

    @Inject JobLeases leases;
    @Inject JobContext job;

    @Override
    public void afterJob() {
        String owner = job.getProperties().getProperty(JobParameters.LEASE_OWNER);
        if (owner != null && !owner.isBlank()) {
            leases.release(job.getJobName(), owner);
        }
    }
}
