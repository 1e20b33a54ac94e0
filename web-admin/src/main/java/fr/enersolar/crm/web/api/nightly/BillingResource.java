package fr.enersolar.crm.web.api.nightly;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.jobs.BillingWindow;
import fr.enersolar.crm.application.jobs.CrossCrmFigures;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.application.jobs.NightlyReports;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.json.JsonBody;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Billing history written by the {@code billing-rollup} job (SPEC-seed §5.3 "Billing", §12):
 * history, stats, CSV export, and {@code calculate}. Reads need the {@code billing} section, {@code
 * calculate} an administrator. Amounts are euros with two decimals, computed from the unit prices
 * frozen on the leads at routing (in cents). Differences from the seed: {@code POST calculate}
 * takes {@code {year, month}}, starts the rollup of that month for every CRM pair and answers 202
 * with its {@code execution_id} (409 when a rollup is running); a month's draft statements are
 * replaced by each rollup, sent and paid ones are final. {@code stats} sums every CRM pair of a
 * month (the seed took the first statement found).
 */
@Path("billing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    @Inject NightlyReports reports;
    @Inject Instance<NightlyJobs> jobs;
    @Inject ActivityJournal journal;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject Clock clock;
    @Inject BillingCalculation calculation;

    @GET
    @Path("history")
    @Requires(Section.BILLING)
    public Response history(
            @QueryParam("year") String year,
            @QueryParam("month") String month,
            @QueryParam("from_crm_id") String fromCrm) {
        Optional<Response> invalid = checkPeriod(year, month);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        statements(year, month, fromCrm).forEach(s -> items.add(NightlyJson.statement(s)));
        return Response.ok(JSON.createObjectBuilder().add("history", items).build()).build();
    }

    private static Optional<Response> checkPeriod(String year, String month) {
        if (year != null && NightlyJson.boundedInt(year, 2000, 2100).isEmpty()) {
            return Optional.of(NightlyJson.outOfRange("year", 2000, 2100));
        }
        if (month != null && NightlyJson.boundedInt(month, 1, 12).isEmpty()) {
            return Optional.of(NightlyJson.outOfRange("month", 1, 12));
        }
        return Optional.empty();
    }

    private List<BillingStatement> statements(String year, String month, String fromCrm) {
        return reports.history(
                Optional.ofNullable(year).flatMap(y -> NightlyJson.boundedInt(y, 2000, 2100)),
                Optional.ofNullable(month).flatMap(m -> NightlyJson.boundedInt(m, 1, 12)),
                Optional.ofNullable(fromCrm).filter(f -> !f.isBlank()));
    }

    /**
     * The cross-CRM billing of a window (SPEC-seed §12.1): {@code period=week|month|custom}, with
     * {@code week=YYYY-Www} (business weeks, Europe/Paris; the answer names the previous and next
     * weeks) or {@code date_from}/{@code date_to} (both days included). Amounts are the unit prices
     * frozen on the leads at routing (the seed averaged every price of the origin CRM); {@code
     * lead_details} lists the first {@value NightlyReports#MAX_CROSS_DETAILS} cross-CRM leads.
     */
    @GET
    @Path("cross-crm")
    @Requires(Section.BILLING)
    public Response crossCrm(
            @QueryParam("period") String period,
            @QueryParam("week") String week,
            @QueryParam("date_from") String dateFrom,
            @QueryParam("date_to") String dateTo) {
        return crossCrm(BillingWindow.parse(period, week, dateFrom, dateTo, clock.instant()), true);
    }

    /** The same without {@code lead_details} nor custom dates. */
    @GET
    @Path("cross-crm/summary")
    @Requires(Section.BILLING)
    public Response crossCrmSummary(
            @QueryParam("period") String period, @QueryParam("week") String week) {
        if ("custom".equals(period)) {
            return ErrorResponses.invalid("period", "week ou month attendu");
        }
        return crossCrm(BillingWindow.parse(period, week, null, null, clock.instant()), false);
    }

    private Response crossCrm(BillingWindow.Parsed parsed, boolean withDetails) {
        if (parsed instanceof BillingWindow.Invalid invalid) {
            return ErrorResponses.invalid(invalid.field(), invalid.reason());
        }
        BillingWindow window = ((BillingWindow.Window) parsed).window();
        CrossCrmFigures figures = reports.crossCrm(window, withDetails);
        Map<String, CrossCrmFigures.CrmName> names = reports.crmNames();
        JsonObjectBuilder periodJson =
                JSON.createObjectBuilder()
                        .add("type", window.type())
                        .add("from", window.from().toString())
                        .add("to", window.to().toString());
        if (window.week() != null) {
            periodJson
                    .add("week", window.week())
                    .add("previous_week", window.previousWeek())
                    .add("next_week", window.nextWeek());
        }
        JsonArrayBuilder transactions = JSON.createArrayBuilder();
        Map<String, long[]> balances = new java.util.TreeMap<>();
        for (CrossCrmFigures.Flow flow : figures.flows()) {
            // The destination (debtor) owes the origin (creditor).
            String debtor = name(names, flow.destination()).name();
            String creditor = name(names, flow.origin()).name();
            transactions.add(
                    JSON.createObjectBuilder()
                            .add("debtor", crm(names, flow.destination()))
                            .add("creditor", crm(names, flow.origin()))
                            .add("count", flow.count())
                            .add("amount", NightlyJson.euros(flow.amountCents()))
                            .add(
                                    "description",
                                    debtor
                                            + " doit "
                                            + NightlyJson.euros(flow.amountCents()).toPlainString()
                                            + "€ à "
                                            + creditor
                                            + " ("
                                            + flow.count()
                                            + " leads)"));
            balances.computeIfAbsent(flow.destination(), k -> new long[2])[0] += flow.amountCents();
            balances.computeIfAbsent(flow.origin(), k -> new long[2])[1] += flow.amountCents();
        }
        JsonObjectBuilder balanceJson = JSON.createObjectBuilder();
        balances.forEach(
                (id, b) ->
                        balanceJson.add(
                                id,
                                JSON.createObjectBuilder()
                                        .add("name", name(names, id).name())
                                        .add("slug", name(names, id).slug())
                                        .add("owes", NightlyJson.euros(b[0]))
                                        .add("owed", NightlyJson.euros(b[1]))
                                        .add("net", NightlyJson.euros(b[1] - b[0]))));
        double percentage =
                figures.delivered() == 0
                        ? 0
                        : Math.round(figures.crossCrm() * 1000.0 / figures.delivered()) / 10.0;
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("period", periodJson)
                        .add(
                                withDetails ? "total_leads_period" : "total_leads",
                                figures.delivered())
                        .add("cross_crm_leads", figures.crossCrm())
                        .add("cross_crm_percentage", percentage)
                        .add("transactions", transactions)
                        .add("balances", balanceJson);
        if (withDetails) {
            JsonArrayBuilder details = JSON.createArrayBuilder();
            for (CrossCrmFigures.Detail d : figures.details()) {
                details.add(
                        JSON.createObjectBuilder()
                                .add("lead_id", d.leadId())
                                .add("phone", d.phoneEnding())
                                .add("product_type", text(d.productType()))
                                .add("departement", text(d.departement()))
                                .add(
                                        "origin_crm",
                                        d.origin() == null ? "" : name(names, d.origin()).name())
                                .add(
                                        "dest_crm",
                                        d.destination() == null
                                                ? ""
                                                : name(names, d.destination()).name())
                                .add("prix", NightlyJson.euros(d.priceCents()))
                                .add(
                                        "date",
                                        d.createdAt()
                                                .atZone(BillingWindow.PARIS)
                                                .toLocalDate()
                                                .toString()));
            }
            json.add("lead_details", details);
        }
        return Response.ok(json.build()).build();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static CrossCrmFigures.CrmName name(
            Map<String, CrossCrmFigures.CrmName> names, String id) {
        CrossCrmFigures.CrmName name = names.get(id);
        return name == null
                ? new CrossCrmFigures.CrmName(id, "")
                : new CrossCrmFigures.CrmName(text(name.name()), text(name.slug()));
    }

    private static JsonObjectBuilder crm(Map<String, CrossCrmFigures.CrmName> names, String id) {
        return JSON.createObjectBuilder()
                .add("id", id)
                .add("name", name(names, id).name())
                .add("slug", name(names, id).slug());
    }

    @GET
    @Path("stats")
    @Requires(Section.BILLING)
    public Response stats() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth last =
                YearMonth.from(
                        clock.instant()
                                .minus(java.time.Duration.ofDays(30))
                                .atZone(ZoneOffset.UTC));
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("this_month", totals(reports.month(now)))
                                .add("last_month", totals(reports.month(last)))
                                .add("year_total", totals(reports.yearInvoiced(now.getYear())))
                                .build())
                .build();
    }

    private static JsonObjectBuilder totals(NightlyReports.Totals totals) {
        return JSON.createObjectBuilder()
                .add("total_leads", totals.leads())
                .add("total_amount", NightlyJson.euros(totals.amountCents()));
    }

    /**
     * The statements' lines as CSV (one row per CRM pair, product, département and unit price),
     * with the same filters as {@code history}; logged as an export.
     */
    @GET
    @Path("transactions.csv")
    @Produces("text/csv")
    @Requires(Section.BILLING)
    public Response csv(
            @QueryParam("year") String year,
            @QueryParam("month") String month,
            @QueryParam("from_crm_id") String fromCrm) {
        Optional<Response> invalid = checkPeriod(year, month);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        List<BillingStatement> selected = statements(year, month, fromCrm);
        String csv = BillingCsv.of(selected);
        int rows = BillingCsv.rows(selected);
        journal.record(
                staff.require().actor(),
                ActivityAction.EXPORT,
                new Subject("billing", "transactions", "transactions.csv"),
                Map.of(
                        "year", year == null ? "" : year,
                        "month", month == null ? "" : month,
                        "rows", rows),
                client.ip());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"facturation-transactions.csv\"")
                .build();
    }

    /**
     * One monthly statement, of one CRM pair, as a PDF in French (issue 6): the two CRMs, the
     * period, the count, unit price and amount per product and département, and the total; logged
     * as an export. All four parameters are required; 404 when the rollup wrote no statement for
     * that month and pair.
     */
    @GET
    @Path("statement.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Requires(Section.BILLING)
    public Response pdf(
            @QueryParam("year") String year,
            @QueryParam("month") String month,
            @QueryParam("from_crm_id") String fromCrm,
            @QueryParam("to_crm_id") String toCrm) {
        if (year == null || NightlyJson.boundedInt(year, 2000, 2100).isEmpty()) {
            return NightlyJson.outOfRange("year", 2000, 2100);
        }
        if (month == null || NightlyJson.boundedInt(month, 1, 12).isEmpty()) {
            return NightlyJson.outOfRange("month", 1, 12);
        }
        if (fromCrm == null || fromCrm.isBlank()) {
            return ErrorResponses.invalid("from_crm_id", "identifiant de CRM attendu");
        }
        if (toCrm == null || toCrm.isBlank()) {
            return ErrorResponses.invalid("to_crm_id", "identifiant de CRM attendu");
        }
        YearMonth period =
                YearMonth.of(
                        NightlyJson.boundedInt(year, 2000, 2100).orElseThrow(),
                        NightlyJson.boundedInt(month, 1, 12).orElseThrow());
        Optional<BillingStatement> found;
        try {
            found = reports.statement(period, new CrmId(fromCrm.trim()), new CrmId(toCrm.trim()));
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            return ErrorResponses.detail(404, "Facturation non trouvée");
        }
        return pdfAnswer(found.get(), reports.crmNames(), clock.instant(), journal, staff, client);
    }

    /** The PDF download of a statement, recorded in the activity log as an export. */
    public static Response pdfAnswer(
            BillingStatement statement,
            Map<String, CrossCrmFigures.CrmName> names,
            java.time.Instant now,
            ActivityJournal journal,
            CurrentStaff staff,
            ClientAddress client) {
        byte[] pdf =
                BillingStatementPdf.render(
                        statement,
                        name(names, statement.from().value()).name(),
                        name(names, statement.to().value()).name(),
                        now);
        recordPdfExport(statement, journal, staff, client.ip());
        return Response.ok(pdf, "application/pdf")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + BillingStatementPdf.fileName(statement) + "\"")
                .build();
    }

    /** The activity-log entry of a PDF statement download (API and admin UI alike). */
    public static void recordPdfExport(
            BillingStatement statement, ActivityJournal journal, CurrentStaff staff, String ip) {
        journal.record(
                staff.require().actor(),
                ActivityAction.EXPORT,
                new Subject("billing", statement.id().value(), "statement.pdf"),
                Map.of(
                        "period", statement.period().toString(),
                        "from_crm_id", statement.from().value(),
                        "to_crm_id", statement.to().value(),
                        "format", "pdf"),
                ip);
    }

    /** A CRM's name and slug, its id when the CRM is unknown. */
    public static CrossCrmFigures.CrmName crmName(
            Map<String, CrossCrmFigures.CrmName> names, String id) {
        return name(names, id);
    }

    @POST
    @Path("calculate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Requires(value = Section.BILLING, access = Access.ADMIN)
    public Response calculate(String raw) {
        JsonBody body = JsonBody.parse(raw);
        Optional<Integer> year = body.requiredInt("year", 2000, 2100);
        Optional<Integer> month = body.requiredInt("month", 1, 12);
        Optional<Response> problems = body.problems();
        if (problems.isPresent()) {
            return problems.get();
        }
        if (!calculation.available()) {
            return NightlyJson.jobsUnavailable();
        }
        YearMonth period = YearMonth.of(year.orElseThrow(), month.orElseThrow());
        // ui-gaps: one path with the billing page's button
        java.util.OptionalLong started = calculation.start(staff.require(), client.ip(), period);
        if (started.isEmpty()) {
            return ErrorResponses.detail(409, BillingCalculation.RUNNING);
        }
        long execution = started.getAsLong();
        return Response.status(202)
                .entity(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("message", "Calcul de la facturation lancé")
                                .add("period", period.toString())
                                .add("execution_id", execution)
                                .build())
                .build();
    }

    @GET
    @Path("executions/{id}")
    @Requires(Section.BILLING)
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
                .filter(r -> NightlyJobs.BILLING.equals(r.job()))
                .map(r -> Response.ok(NightlyJson.execution(r)).build())
                .orElseGet(() -> ErrorResponses.detail(404, "Exécution non trouvée"));
    }
}
