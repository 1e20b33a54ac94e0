package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.BillingTotals;
import fr.enersolar.crm.application.jobs.LeadRow;
import fr.enersolar.crm.application.jobs.NightlyData;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Adds each lead to the running sums, checkpointed with each chunk; writes nothing to the store
 * (the statements are written once, by {@link BillingPublishListener}).
 */
@Dependent
@Named("billingWriter")
public class BillingWriter extends AbstractItemWriter {

    @Inject NightlyData data;
    @Inject JobContext job;

    private BillingTotals totals;
    private Map<String, String> accountCrms;

    @Override
    public void open(Serializable checkpoint) {
        totals = checkpoint == null ? new BillingTotals() : (BillingTotals) checkpoint;
        accountCrms = data.accountCrms();
        job.setTransientUserData(totals);
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            totals.add((LeadRow) item, accountCrms);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return totals;
    }
}
