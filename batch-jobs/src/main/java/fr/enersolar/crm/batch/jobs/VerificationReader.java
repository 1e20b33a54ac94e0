package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.NightlyData;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/** Reads the leads created in the run's window, in (created_at, id) order. */
@Dependent
@Named("verificationReader")
public class VerificationReader extends AbstractItemReader {

    @Inject NightlyData data;
    @Inject JobContext job;

    private LeadReading leads;

    @Override
    public void open(Serializable checkpoint) {
        JobParameters parameters = new JobParameters(job);
        Instant from = parameters.instant(JobParameters.FROM);
        Instant to = parameters.instant(JobParameters.TO);
        leads = new LeadReading(after -> data.leadsCreated(from, to, after), checkpoint);
    }

    @Override
    public Object readItem() {
        return leads.next();
    }

    @Override
    public void close() {
        if (leads != null) {
            leads.close();
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return leads.position();
    }
}
