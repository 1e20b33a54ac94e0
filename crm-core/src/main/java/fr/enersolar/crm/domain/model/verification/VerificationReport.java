package fr.enersolar.crm.domain.model.verification;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one nightly verification: which leads of the period were delivered, which were
 * retried and with what result, which were skipped. Written once at the end of the run.
 */
@Entity("verification_reports")
public class VerificationReport {

    @Id private String id;

    @Convert(InstantAsDate.class)
    @Column("run_at")
    private Instant runAt;

    @Column private VerificationPeriod period;
    @Column private VerificationTally tally;
    @Column private List<VerificationDetail> details;

    /** For the mapper only. */
    protected VerificationReport() {}

    public VerificationReport(
            Instant runAt,
            VerificationPeriod period,
            VerificationTally tally,
            List<VerificationDetail> details) {
        this.id = VerificationReportId.of(runAt).value();
        this.runAt = runAt;
        this.period = Objects.requireNonNull(period);
        this.tally = Objects.requireNonNull(tally);
        this.details = List.copyOf(details);
    }

    public VerificationReportId id() {
        return new VerificationReportId(id);
    }

    public Instant runAt() {
        return runAt;
    }

    public VerificationPeriod period() {
        return period;
    }

    public VerificationTally tally() {
        return tally;
    }

    public List<VerificationDetail> details() {
        return details == null ? List.of() : List.copyOf(details);
    }
}
