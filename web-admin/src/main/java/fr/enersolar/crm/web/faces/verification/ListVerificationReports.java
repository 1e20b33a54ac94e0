package fr.enersolar.crm.web.faces.verification;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.application.jobs.NightlyReports;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The nightly verification page ({@code verification/reports.xhtml}, SPEC-seed §11 and §17's
 * "Vérification Nocturne" panel): whether the nightly jobs run on this server and when, the latest
 * reports (newest first, each linking to its detail) and, for administrators of the dashboard
 * section, "Lancer maintenant". Where the batch jobs are not deployed (a WAR alone) the page says
 * so and offers no run, as the API answers 503 there.
 */
@Named
@RequestScoped
public class ListVerificationReports {

    /** Reports the page lists. */
    static final int SHOWN = 30;

    @Inject NightlyReports reports;
    @Inject Instance<NightlyJobs> jobs;
    @Inject ActivityJournal journal;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private List<VerificationReport> list = List.of();
    private boolean mayRun;

    @PostConstruct
    void load() {
        list = reports.recentReports(SHOWN);
        mayRun = staff.identity().map(s -> s.mayAdminister(Section.DASHBOARD)).orElse(false);
    }

    /** Starts the verification now (administrators of the dashboard section only). */
    @ActionRequires(value = Section.DASHBOARD, access = Access.ADMIN)
    public void runNow() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!jobs.isResolvable()) {
            Messages.error(context, "verification.unavailable");
            return;
        }
        OptionalLong started = jobs.get().startVerification();
        if (started.isEmpty()) {
            Messages.error(context, "verification.running");
            return;
        }
        journal.record(
                staff.require().actor(),
                ActivityAction.RETRY,
                new Subject(
                        "verification",
                        Long.toString(started.getAsLong()),
                        NightlyJobs.VERIFICATION),
                Map.of("execution_id", started.getAsLong()),
                client.ip());
        Messages.info(context, "verification.started", Long.toString(started.getAsLong()));
        list = reports.recentReports(SHOWN);
    }

    /** Whether this server runs the nightly jobs. */
    public boolean isJobsAvailable() {
        return jobs.isResolvable();
    }

    /** When the jobs run ({@code 03:00 UTC}); empty where they do not. */
    public String getSchedule() {
        return jobs.isResolvable() ? jobs.get().schedule() : "";
    }

    /** Whether the caller may start a run (the action checks again). */
    public boolean isMayRun() {
        return mayRun;
    }

    public List<VerificationReport> getReports() {
        return list;
    }
}
