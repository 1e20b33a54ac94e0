package fr.enersolar.crm.web.api.nightly;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.application.jobs.NightlyReports;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly verification (SPEC-seed §5.3 "Verification", §11): reports, latest, status, run.
 * Reads are open to the {@code dashboard} section (the seed let every user read them); {@code run}
 * needs an administrator. Differences from the seed: {@code run} starts the batch job and answers
 * 202 with its {@code execution_id} at once (the report appears when the job ends; {@code GET
 * /api/verification/executions/{id}} follows it), and 409 when a verification is already running;
 * the job re-queues the retryable leads through the delivery outbox instead of sending them, so
 * {@code retry_success}/{@code retry_failed} stay 0 and each lead's timeline shows the outcome.
 */
@Path("verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    @Inject NightlyReports reports;
    @Inject Instance<NightlyJobs> jobs;
    @Inject ActivityJournal journal;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    @GET
    @Path("reports")
    @Requires(Section.DASHBOARD)
    public Response reports(@QueryParam("limit") @DefaultValue("30") String rawLimit) {
        Optional<Integer> limit = NightlyJson.boundedInt(rawLimit, 1, NightlyReports.MAX_REPORTS);
        if (limit.isEmpty()) {
            return NightlyJson.outOfRange("limit", 1, NightlyReports.MAX_REPORTS);
        }
        List<VerificationReport> list = reports.recentReports(limit.get());
        JsonArrayBuilder items = JSON.createArrayBuilder();
        list.forEach(r -> items.add(NightlyJson.report(r)));
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("reports", items)
                                .add("count", list.size())
                                .build())
                .build();
    }

    @GET
    @Path("reports/latest")
    @Requires(Section.DASHBOARD)
    public Response latest() {
        return Response.ok(
                        reports.latestReport()
                                .map(
                                        r ->
                                                JSON.createObjectBuilder()
                                                        .add("report", NightlyJson.report(r)))
                                .orElseGet(
                                        () ->
                                                JSON.createObjectBuilder()
                                                        .add("message", "Aucun rapport disponible")
                                                        .addNull("report"))
                                .build())
                .build();
    }

    @GET
    @Path("status")
    @Requires(Section.DASHBOARD)
    public Response status() {
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("enabled", jobs.isResolvable())
                        .add(
                                "schedule",
                                jobs.isResolvable()
                                        ? jobs.get().schedule() + " (tous les jours)"
                                        : "");
        Optional<VerificationReport> last = reports.latestReport();
        if (last.isPresent()) {
            var t = last.get().tally();
            json.add("last_run", last.get().runAt().toString())
                    .add(
                            "last_result",
                            JSON.createObjectBuilder()
                                    .add("total_leads", t.totalLeads())
                                    .add("retried", t.retried())
                                    .add("retry_success", t.retrySuccess()));
        } else {
            json.addNull("last_run").addNull("last_result");
        }
        if (jobs.isResolvable()) {
            JsonArrayBuilder runs = JSON.createArrayBuilder();
            jobs.get()
                    .lastExecutions(NightlyJobs.VERIFICATION, 5)
                    .forEach(r -> runs.add(NightlyJson.execution(r)));
            json.add("executions", runs);
        }
        return Response.ok(json.build()).build();
    }

    @POST
    @Path("run")
    @Requires(value = Section.DASHBOARD, access = Access.ADMIN)
    public Response run() {
        if (!jobs.isResolvable()) {
            return NightlyJson.jobsUnavailable();
        }
        java.util.OptionalLong started = jobs.get().startVerification();
        if (started.isEmpty()) {
            return ErrorResponses.detail(409, "Une vérification est déjà en cours");
        }
        long execution = started.getAsLong();
        journal.record(
                staff.require().actor(),
                ActivityAction.RETRY,
                new Subject("verification", Long.toString(execution), NightlyJobs.VERIFICATION),
                Map.of("execution_id", execution),
                client.ip());
        return Response.status(202)
                .entity(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("message", "Vérification lancée")
                                .add("execution_id", execution)
                                .build())
                .build();
    }

    @GET
    @Path("executions/{id}")
    @Requires(Section.DASHBOARD)
    public Response execution(@PathParam("id") String rawId) {
        if (!jobs.isResolvable()) {
            return NightlyJson.jobsUnavailable();
        }
        long id;
        try {
            id = Long.parseLong(rawId);
        } catch (NumberFormatException e) {
            return ErrorResponses.detail(404, "Exécution non trouvée");
        }
        return jobs.get()
                .execution(id)
                .filter(r -> NightlyJobs.VERIFICATION.equals(r.job()))
                .map(r -> Response.ok(NightlyJson.execution(r)).build())
                .orElseGet(() -> ErrorResponses.detail(404, "Exécution non trouvée"));
    }
}
