package fr.enersolar.crm.application.jobs;

import fr.enersolar.crm.domain.model.billing.BillingStatement;
import fr.enersolar.crm.domain.model.billing.BillingStatementRepository;
import fr.enersolar.crm.domain.model.billing.BillingStatus;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.domain.model.verification.VerificationReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the nightly jobs wrote, for the admin API: verification reports and billing history. */
@ApplicationScoped
public class NightlyReports {

    /** Most reports one call returns. */
    public static final int MAX_REPORTS = 100;

    @Inject VerificationReportRepository reports;
    @Inject BillingStatementRepository statements;
    @Inject Clock clock;
    @Inject NightlyData data;

    /** Most lead details the cross-CRM page lists. */
    public static final int MAX_CROSS_DETAILS = 500;

    /** The cross-CRM figures of a window, counted by the store, with the first lead details. */
    public CrossCrmFigures crossCrm(BillingWindow window, boolean withDetails) {
        return data.crossCrm(window.from(), window.to(), withDetails ? MAX_CROSS_DETAILS : 0);
    }

    /** Every CRM's name and slug by id. */
    public Map<String, CrossCrmFigures.CrmName> crmNames() {
        return data.crmNames();
    }

    /** The latest reports first, at most {@code limit} (1 to {@value #MAX_REPORTS}). */
    public List<VerificationReport> recentReports(int limit) {
        return reports.recent(0, Math.max(1, Math.min(limit, MAX_REPORTS)));
    }

    /** The report with this id (the admin UI's report page). */
    public Optional<VerificationReport> report(
            fr.enersolar.crm.domain.model.verification.VerificationReportId id) {
        return reports.find(id);
    }

    public Optional<VerificationReport> latestReport() {
        return reports.recent(0, 1).stream().findFirst();
    }

    /**
     * The statements of {@code year} (default: the current one), newest month first, optionally of
     * one month and one creditor CRM. A year holds at most 12 statements per CRM pair.
     */
    public List<BillingStatement> history(
            Optional<Integer> year, Optional<Integer> month, Optional<String> fromCrm) {
        int y = year.orElse(YearMonth.now(clock.withZone(ZoneOffset.UTC)).getYear());
        return statements.ofYear(y).stream()
                .filter(s -> month.map(m -> s.period().getMonthValue() == m).orElse(true))
                .filter(s -> fromCrm.map(f -> s.from().value().equals(f)).orElse(true))
                .sorted((a, b) -> b.period().compareTo(a.period()))
                .toList();
    }

    /** The statement of one month between two CRMs (the PDF statement, issue 6). */
    public Optional<BillingStatement> statement(
            YearMonth period,
            fr.enersolar.crm.domain.model.crm.CrmId from,
            fr.enersolar.crm.domain.model.crm.CrmId to) {
        return statements.forPeriod(period, from, to);
    }

    /** The statement with this id. */
    public Optional<BillingStatement> statement(
            fr.enersolar.crm.domain.model.billing.BillingStatementId id) {
        return statements.find(id);
    }

    /** Leads and amount (cents) of a month's statements, every CRM pair summed. */
    public Totals month(YearMonth period) {
        return sum(
                statements.ofYear(period.getYear()).stream()
                        .filter(s -> s.period().equals(period))
                        .toList());
    }

    /** Leads and amount (cents) of the year's sent and paid statements. */
    public Totals yearInvoiced(int year) {
        return sum(
                statements.ofYear(year).stream()
                        .filter(s -> s.status() != BillingStatus.DRAFT)
                        .toList());
    }

    private static Totals sum(List<BillingStatement> list) {
        return new Totals(
                list.stream().mapToLong(BillingStatement::totalLeads).sum(),
                list.stream().mapToLong(BillingStatement::totalAmountCents).sum());
    }

    /** A count of leads and an amount in euro cents. */
    public record Totals(long leads, long amountCents) {}
}
