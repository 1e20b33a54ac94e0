package fr.enersolar.crm.domain.model.billing;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What one CRM owes another for one calendar month: the leads it received from the other's traffic,
 * broken down by product and département, in euro cents. There is one statement per month and pair
 * of CRMs; recomputing a draft replaces it, and a sent or paid one is final.
 */
@Entity("billing_history")
public class BillingStatement {

    @Id private String id;
    @Column private int year;
    @Column private int month;

    @Column("from_crm_id")
    private String fromCrmId;

    @Column("to_crm_id")
    private String toCrmId;

    @Column("total_leads")
    private long totalLeads;

    /** Euro cents. */
    @Column("total_amount")
    private long totalAmount;

    @Column private List<BillingLine> breakdown;

    @Convert(InstantAsDate.class)
    @Column("calculated_at")
    private Instant calculatedAt;

    @Column private String status;

    @Convert(InstantAsDate.class)
    @Column("updated_at")
    private Instant updatedAt;

    /** For the mapper only. */
    protected BillingStatement() {}

    /** A draft statement whose totals are the sums of its lines. */
    public BillingStatement(
            BillingStatementId id,
            YearMonth period,
            CrmId from,
            CrmId to,
            List<BillingLine> breakdown,
            Instant calculatedAt) {
        this.id = Objects.requireNonNull(id).value();
        this.year = period.getYear();
        this.month = period.getMonthValue();
        this.fromCrmId = Objects.requireNonNull(from).value();
        this.toCrmId = Objects.requireNonNull(to).value();
        this.breakdown = List.copyOf(breakdown);
        this.totalLeads = breakdown.stream().mapToLong(BillingLine::count).sum();
        this.totalAmount = breakdown.stream().mapToLong(BillingLine::total).sum();
        this.status = BillingStatus.DRAFT.wire();
        this.calculatedAt = Objects.requireNonNull(calculatedAt);
        this.updatedAt = calculatedAt;
    }

    public BillingStatementId id() {
        return new BillingStatementId(id);
    }

    public YearMonth period() {
        return YearMonth.of(year, month);
    }

    /** The CRM whose traffic produced the leads (the creditor). */
    public CrmId from() {
        return new CrmId(fromCrmId);
    }

    /** The CRM that received the leads (the debtor). */
    public CrmId to() {
        return new CrmId(toCrmId);
    }

    public long totalLeads() {
        return totalLeads;
    }

    public long totalAmountCents() {
        return totalAmount;
    }

    public List<BillingLine> breakdown() {
        return breakdown == null ? List.of() : List.copyOf(breakdown);
    }

    public Instant calculatedAt() {
        return calculatedAt;
    }

    public BillingStatus status() {
        return BillingStatus.fromWire(status);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Records that the statement went to the debtor; only a draft can be sent. */
    public void markSent(Instant at) {
        if (status() != BillingStatus.DRAFT) {
            throw new IllegalStateException(
                    "only a draft statement can be sent, this one is " + status);
        }
        this.status = BillingStatus.SENT.wire();
        this.updatedAt = Objects.requireNonNull(at);
    }

    public void markPaid(Instant at) {
        this.status = BillingStatus.PAID.wire();
        this.updatedAt = Objects.requireNonNull(at);
    }
}
