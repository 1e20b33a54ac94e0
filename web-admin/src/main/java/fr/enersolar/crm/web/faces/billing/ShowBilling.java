package fr.enersolar.crm.web.faces.billing;

import fr.enersolar.crm.application.jobs.BillingWindow;
import fr.enersolar.crm.application.jobs.CrossCrmFigures;
import fr.enersolar.crm.application.jobs.NightlyJobs;
import fr.enersolar.crm.application.jobs.NightlyReports;
import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.nightly.BillingCalculation;
import fr.enersolar.crm.web.api.nightly.BillingResource;
import fr.enersolar.crm.web.api.nightly.BillingStatementPdf;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The billing page ({@code billing/overview.xhtml?week=2026-W38}): one business week of cross-CRM
 * leads (Monday to Monday, Paris time; previous and next week links), each CRM's balance, what each
 * CRM pair owes, the week's cross-CRM leads, and the monthly statements of the week's year with
 * their CSV and PDF downloads. The figures are the API's ({@code GET /api/billing/cross-crm},
 * {@code /history}); the statements are written by the nightly rollup, which runs only where the
 * batch jobs are deployed (the page says so when they are not).
 */
@Named
@RequestScoped
public class ShowBilling {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject NightlyReports reports;
    @Inject Instance<NightlyJobs> jobs;
    @Inject Clock clock;
    @Inject BillingCalculation calculation;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private String week;
    private BillingWindow window;
    private CrossCrmFigures figures;
    private List<Balance> balances = List.of();
    private List<Transaction> transactions = List.of();
    private List<LeadLine> leads = List.of();
    private List<StatementRow> statements = List.of();

    /** A CRM's balance for the week: what it owes, what it is owed, and the difference. */
    public record Balance(String name, String slug, long owes, long owed) {
        public long net() {
            return owed - owes;
        }
    }

    /** What one CRM (debtor) owes another (creditor) for the week. */
    public record Transaction(String debtor, String creditor, long count, long amount) {}

    /** A cross-CRM lead of the week. */
    public record LeadLine(
            String date,
            String phone,
            String product,
            String departement,
            String origin,
            String destination,
            long price) {}

    /** A monthly statement of one CRM pair. */
    public record StatementRow(
            String id,
            String period,
            String creditor,
            String debtor,
            long leads,
            long amount,
            String status) {}

    /** The page's view action: reads the week named by {@code week} (default: this one). */
    public void load() {
        Instant now = clock.instant();
        BillingWindow.Parsed parsed = BillingWindow.parse("week", week, null, null, now);
        if (parsed instanceof BillingWindow.Invalid) {
            Messages.error(FacesContext.getCurrentInstance(), "billing.badWeek", week);
            parsed = BillingWindow.parse("week", null, null, null, now);
        }
        window = ((BillingWindow.Window) parsed).window();
        week = window.week();
        figures = reports.crossCrm(window, true);
        Map<String, CrossCrmFigures.CrmName> names = reports.crmNames();
        List<Transaction> flows = new ArrayList<>();
        Map<String, long[]> sums = new TreeMap<>();
        for (CrossCrmFigures.Flow flow : figures.flows()) {
            flows.add(
                    new Transaction(
                            name(names, flow.destination()),
                            name(names, flow.origin()),
                            flow.count(),
                            flow.amountCents()));
            sums.computeIfAbsent(flow.destination(), k -> new long[2])[0] += flow.amountCents();
            sums.computeIfAbsent(flow.origin(), k -> new long[2])[1] += flow.amountCents();
        }
        transactions = flows;
        List<Balance> list = new ArrayList<>();
        sums.forEach(
                (id, b) ->
                        list.add(
                                new Balance(
                                        name(names, id),
                                        BillingResource.crmName(names, id).slug(),
                                        b[0],
                                        b[1])));
        balances = list;
        leads =
                figures.details().stream()
                        .map(
                                d ->
                                        new LeadLine(
                                                DAY.format(
                                                        d.createdAt().atZone(BillingWindow.PARIS)),
                                                "****" + d.phoneEnding(),
                                                text(d.productType()),
                                                text(d.departement()),
                                                d.origin() == null ? "" : name(names, d.origin()),
                                                d.destination() == null
                                                        ? ""
                                                        : name(names, d.destination()),
                                                d.priceCents()))
                        .toList();
        statements =
                reports.history(Optional.of(getYear()), Optional.empty(), Optional.empty()).stream()
                        .map(s -> row(s, names))
                        .toList();
    }

    private static StatementRow row(
            BillingStatement s, Map<String, CrossCrmFigures.CrmName> names) {
        return new StatementRow(
                s.id().value(),
                BillingStatementPdf.monthLabel(s.period()),
                name(names, s.from().value()),
                name(names, s.to().value()),
                s.totalLeads(),
                s.totalAmountCents(),
                s.status().wire());
    }

    private static String name(Map<String, CrossCrmFigures.CrmName> names, String id) {
        String name = BillingResource.crmName(names, id).name();
        return name.isBlank() ? id : name;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** {@code 1 234,50 €} from cents. */
    public String euros(long cents) {
        return BillingStatementPdf.euros(cents);
    }

    // --- ui-gaps: "Calculer le mois", as POST /api/billing/calculate ---

    /** The month the button computes: the month of the week's Thursday (ISO), as its year. */
    public YearMonth getMonth() {
        return YearMonth.from(firstDay().plusDays(3));
    }

    public String getMonthLabel() {
        return BillingStatementPdf.monthLabel(getMonth());
    }

    /**
     * Starts the billing rollup of the shown month through the API's path ({@link
     * BillingCalculation}: the same job, the same activity-log entry), administrators of billing
     * only, then shows its result: the month's statements once the run has completed, else that it
     * was started.
     */
    @ActionRequires(value = Section.BILLING, access = Access.ADMIN)
    public String calculate() {
        FacesContext context = FacesContext.getCurrentInstance();
        String requested = context.getExternalContext().getRequestParameterMap().get("week");
        if (requested != null) {
            week = requested;
        }
        load();
        YearMonth period = getMonth();
        String label = getMonthLabel();
        if (!calculation.available()) {
            Messages.error(context, "billing.calculate.unavailable");
            return null;
        }
        OptionalLong started = calculation.start(staff.require(), client.ip(), period);
        if (started.isEmpty()) {
            Messages.error(context, "billing.calculate.running");
            return null;
        }
        long execution = started.getAsLong();
        String status = calculation.status(execution).orElse("STARTED");
        context.getExternalContext().getFlash().setKeepMessages(true);
        if ("COMPLETED".equals(status)) {
            int count =
                    reports.history(
                                    Optional.of(period.getYear()),
                                    Optional.of(period.getMonthValue()),
                                    Optional.empty())
                            .size();
            Messages.info(context, "billing.calculate.done", label, count, execution);
        } else {
            Messages.info(context, "billing.calculate.started", label, execution, status);
        }
        return "/billing/overview?faces-redirect=true&week=" + week;
    }

    /** Whether the button is in the page: shown to administrators, decoded for everyone. */
    public boolean isCalculateShown() {
        FacesContext context = FacesContext.getCurrentInstance();
        return staff.identity().map(s -> s.mayAdminister(Section.BILLING)).orElse(false)
                || (context.isPostback()
                        && context.getCurrentPhaseId()
                                != jakarta.faces.event.PhaseId.RENDER_RESPONSE);
    }

    // --- end ui-gaps ---

    /** Whether this server runs the nightly jobs (the monthly statements come from them). */
    public boolean isJobsAvailable() {
        return jobs.isResolvable();
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    /** The year whose statements are listed: the year of the week's Thursday (ISO). */
    public int getYear() {
        return firstDay().plusDays(3).getYear();
    }

    /**
     * ui-gaps: reads the page when the view action did not (a postback, such as a refused "Calculer
     * le mois").
     */
    private void ensureLoaded() {
        if (window == null || figures == null) {
            load();
        }
    }

    private LocalDate firstDay() {
        ensureLoaded();
        return window.from().atZone(BillingWindow.PARIS).toLocalDate();
    }

    /** {@code du 14/09/2026 au 20/09/2026}'s two dates. */
    public String getFirstDay() {
        return DAY.format(firstDay());
    }

    public String getLastDay() {
        return DAY.format(firstDay().plusDays(6));
    }

    public String getPreviousWeek() {
        ensureLoaded();
        return window.previousWeek();
    }

    public String getNextWeek() {
        ensureLoaded();
        return window.nextWeek();
    }

    public long getDelivered() {
        ensureLoaded();
        return figures.delivered();
    }

    public long getCrossCrm() {
        ensureLoaded();
        return figures.crossCrm();
    }

    /** The cross-CRM share of the delivered leads, in percent with one decimal. */
    public double getCrossCrmPercentage() {
        ensureLoaded();
        return figures.delivered() == 0
                ? 0
                : Math.round(figures.crossCrm() * 1000.0 / figures.delivered()) / 10.0;
    }

    public List<Balance> getBalances() {
        return balances;
    }

    public List<Transaction> getTransactions() {
        return transactions;
    }

    public List<LeadLine> getLeads() {
        return leads;
    }

    public List<StatementRow> getStatements() {
        return statements;
    }
}
