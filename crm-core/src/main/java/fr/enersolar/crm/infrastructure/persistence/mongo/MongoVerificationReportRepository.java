package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.domain.model.verification.VerificationReportId;
import fr.enersolar.crm.domain.model.verification.VerificationReportRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoVerificationReportRepository implements VerificationReportRepository {

    @Inject MongoStore store;

    @Override
    public void store(VerificationReport report) {
        Templates.upsert(store.template(), VerificationReport.class, report.id().value(), report);
    }

    @Override
    public Optional<VerificationReport> find(VerificationReportId id) {
        return store.template().find(VerificationReport.class, id.value());
    }

    @Override
    public List<VerificationReport> recent(int offset, int limit) {
        return store.template()
                .select(VerificationReport.class)
                .orderBy("runAt")
                .desc()
                .skip(offset)
                .limit(limit)
                .result();
    }
}
