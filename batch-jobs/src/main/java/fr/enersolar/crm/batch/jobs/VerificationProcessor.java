package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.LeadCheck;
import fr.enersolar.crm.application.jobs.LeadRow;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Classifies a lead as SPEC-seed §11 does (see {@link LeadCheck#of}). */
@Dependent
@Named("verificationProcessor")
public class VerificationProcessor implements ItemProcessor {

    @Inject JobContext job;

    @Override
    public Object processItem(Object item) {
        return LeadCheck.of((LeadRow) item, new JobParameters(job).instant(JobParameters.RUN_AT));
    }
}
