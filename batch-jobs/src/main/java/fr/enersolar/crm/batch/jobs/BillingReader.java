package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.NightlyData;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Reads the delivered cross-CRM leads created in the month, in (created_at, id) order (UTC). */
@Dependent
@Named("billingReader")
public class BillingReader extends AbstractItemReader {

    @Inject NightlyData data;
    @Inject JobContext job;

    private LeadReading leads;

    @Override
    public void open(Serializable checkpoint) {
        YearMonth period = new JobParameters(job).period();
        Instant from = period.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        leads = new LeadReading(after -> data.deliveredCrossCrm(from, to, after), checkpoint);
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
