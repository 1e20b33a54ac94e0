package fr.enersolar.crm.application.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.tracking.TrackingEvent;
import fr.enersolar.crm.domain.model.tracking.TrackingRepository;
import fr.enersolar.crm.domain.model.tracking.Visitor;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class FunnelStatsReportTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject FunnelStatsReport report;
    @Inject TrackingRepository events;
    @Inject MongoStore store;

    private final AccountId account = AccountId.generate();
    private final Visitor visitor = new Visitor("", "", "");
    private final Instant now = Instant.now();
    private final LpCode lp = LpCode.of(1);
    private final FormCode form = new FormCode("PV-001");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private void lead(String formCode, String apiStatus) {
        store.database()
                .getCollection("leads")
                .insertOne(new Document("form_code", formCode).append("api_status", apiStatus));
    }

    @Test
    void countsTheLandingPageStepsUnderAnLpCode() {
        for (int i = 0; i < 4; i++) {
            events.record(TrackingEvent.lpVisit(lp, LpId.generate(), account, visitor, now));
        }
        events.record(
                TrackingEvent.ctaClick(
                        lp, LpId.generate(), Optional.of(form), account, visitor, now));

        FunnelStats stats = report.of("lp-1");

        assertThat(stats).isEqualTo(new FunnelStats("lp-1", 4, 1, 0, 0));
        assertThat(stats.lpToCta()).isEqualTo(25.0);
    }

    @Test
    void countsStartsAndDeliveredLeadsUnderAFormCode() {
        for (int i = 0; i < 3; i++) {
            events.record(
                    TrackingEvent.formStart(
                            form, FormId.generate(), Optional.of(lp), account, visitor, now));
        }
        lead("PV-001", "success");
        lead("PV-001", "duplicate");
        lead("PV-001", "failed");
        lead("PV-001", "queued");
        lead("PV-002", "success");

        FunnelStats stats = report.of("PV-001");

        assertThat(stats).isEqualTo(new FunnelStats("PV-001", 0, 0, 3, 2));
        assertThat(stats.startToFinish()).isEqualTo(66.7);
    }

    @Test
    void aCodeThatIsNeitherHasAnEmptyFunnel() {
        assertThat(report.of("n'importe quoi"))
                .isEqualTo(new FunnelStats("n'importe quoi", 0, 0, 0, 0));
    }
}
