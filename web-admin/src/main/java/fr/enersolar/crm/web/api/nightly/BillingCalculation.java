package fr.enersolar.crm.web.api.nightly;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Starts the billing rollup of one month for every CRM pair and records it in the activity log: the
 * one path of {@code POST /api/billing/calculate} and of the billing page's "Calculer le mois"
 * button (ui-gaps). The callers check the permission (billing, administrators).
 */
@ApplicationScoped
public class BillingCalculation {

    /** The refusal while a rollup runs. */
    public static final String RUNNING = "Un calcul de facturation est déjà en cours";

    @Inject Instance<NightlyJobs> jobs;
    @Inject ActivityJournal journal;

    /** Whether the batch jobs are deployed here (the EAR); without them nothing can start. */
    public boolean available() {
        return jobs.isResolvable();
    }

    /**
     * Starts the month's rollup; the execution id, empty when a rollup is already running.
     *
     * @throws IllegalStateException when the jobs are not deployed here (check {@link #available()}
     *     first)
     */
    public OptionalLong start(StaffIdentity staff, String ip, YearMonth period) {
        if (!available()) {
            throw new IllegalStateException("The nightly jobs are not deployed here");
        }
        OptionalLong started = jobs.get().startBilling(period);
        if (started.isPresent()) {
            journal.record(
                    staff.actor(),
                    ActivityAction.CREATE,
                    new Subject("billing", period.toString(), NightlyJobs.BILLING),
                    Map.of("execution_id", started.getAsLong(), "period", period.toString()),
                    ip);
        }
        return started;
    }

    /** The state of an execution ({@code COMPLETED}, {@code STARTED}, …), empty when unknown. */
    public java.util.Optional<String> status(long execution) {
        return available()
                ? jobs.get().execution(execution).map(NightlyJobs.JobRun::status)
                : java.util.Optional.empty();
    }
}
