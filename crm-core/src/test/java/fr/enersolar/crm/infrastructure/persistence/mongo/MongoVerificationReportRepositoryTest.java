package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.verification.VerificationDetail;
import fr.enersolar.crm.domain.model.verification.VerificationPeriod;
import fr.enersolar.crm.domain.model.verification.VerificationReport;
import fr.enersolar.crm.domain.model.verification.VerificationReportId;
import fr.enersolar.crm.domain.model.verification.VerificationReportRepository;
import fr.enersolar.crm.domain.model.verification.VerificationTally;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoVerificationReportRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject VerificationReportRepository reports;
    @Inject MongoStore store;

    private final Instant run = Instant.parse("2026-02-10T03:00:00Z");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private VerificationReport report(Instant runAt) {
        return new VerificationReport(
                runAt,
                new VerificationPeriod(runAt.minusSeconds(86_400), runAt),
                new VerificationTally(10, 6, 1, 3, 2, 1, 1, 1),
                List.of(
                        new VerificationDetail(
                                "l1", "skipped", "Doublon CRM", "failed", null, null, null),
                        new VerificationDetail(
                                "l2", "retry_success", null, null, "success", "zr7", null)));
    }

    @Test
    void storesTheReportInTheSeedsShape() {
        reports.store(report(run));

        Document raw = store.database().getCollection("verification_reports").find().first();
        assertThat(raw.getString("_id")).isEqualTo("report_20260210_030000");
        assertThat(raw.get("run_at")).isEqualTo(Date.from(run));
        assertThat(raw.get("period", Document.class).get("to")).isEqualTo(Date.from(run));
        assertThat(raw).containsEntry("total_leads", 10L).containsEntry("retry_failed", 1L);
        assertThat(raw.getList("details", Document.class)).hasSize(2);

        VerificationReport found = reports.find(VerificationReportId.of(run)).orElseThrow();
        assertThat(found.tally()).isEqualTo(new VerificationTally(10, 6, 1, 3, 2, 1, 1, 1));
        assertThat(found.period().from()).isEqualTo(run.minusSeconds(86_400));
        assertThat(found.details())
                .extracting(VerificationDetail::leadId, VerificationDetail::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("l1", "skipped"),
                        org.assertj.core.groups.Tuple.tuple("l2", "retry_success"));
        assertThat(found.details().get(1).crm()).isEqualTo("zr7");
    }

    @Test
    void listsTheLatestReportsFirst() {
        reports.store(report(run));
        reports.store(report(run.plusSeconds(86_400)));

        assertThat(reports.recent(0, 1))
                .extracting(VerificationReport::runAt)
                .containsExactly(run.plusSeconds(86_400));
    }
}
