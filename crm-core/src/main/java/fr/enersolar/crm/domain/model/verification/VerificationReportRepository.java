package fr.enersolar.crm.domain.model.verification;

import java.util.List;
import java.util.Optional;

/** The reports of past verification runs. */
public interface VerificationReportRepository {

    /** Inserts or replaces the report. */
    void store(VerificationReport report);

    Optional<VerificationReport> find(VerificationReportId id);

    /** The latest reports first, one page at a time. */
    List<VerificationReport> recent(int offset, int limit);
}
