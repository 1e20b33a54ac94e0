package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.tracking.TrackingEvent;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.TrackingRepository;
import fr.enersolar.crm.domain.model.tracking.Visitor;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoTrackingRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject TrackingRepository tracking;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final AccountId account = AccountId.generate();
    private final LpCode lp = LpCode.of(4);
    private final LpId lpId = LpId.generate();
    private final FormCode form = new FormCode("PAC-002");
    private final FormId formId = FormId.generate();
    private final Visitor visitor = new Visitor("203.0.113.9", "Firefox", "https://google.fr");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    @Test
    void storesAVisitWithWhatTheBrowserSent() {
        TrackingEvent visit = TrackingEvent.lpVisit(lp, lpId, account, visitor, now);
        tracking.record(visit);

        TrackingEvent found = tracking.find(visit.id()).orElseThrow();
        assertThat(found.type()).isEqualTo(TrackingEventType.LP_VISIT);
        assertThat(found.lpCode()).hasValue(lp);
        assertThat(found.lp()).hasValue(lpId);
        assertThat(found.account()).isEqualTo(account);
        assertThat(found.visitor()).isEqualTo(visitor);
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.formCode()).isEmpty();
    }

    @Test
    void aFormStartFromALandingPageCarriesTheLiaisonCode() {
        TrackingEvent start =
                TrackingEvent.formStart(form, formId, Optional.of(lp), account, visitor, now);
        tracking.record(start);

        TrackingEvent found = tracking.find(start.id()).orElseThrow();
        assertThat(found.liaisonCode()).hasValue(LiaisonCode.parse("LP-004_PAC-002"));
        assertThat(found.form()).hasValue(formId);
    }

    @Test
    void countsEventsPerCodeAndType() {
        tracking.record(TrackingEvent.lpVisit(lp, lpId, account, visitor, now));
        tracking.record(TrackingEvent.lpVisit(lp, lpId, account, visitor, now));
        tracking.record(TrackingEvent.lpVisit(LpCode.of(5), lpId, account, visitor, now));
        tracking.record(TrackingEvent.ctaClick(lp, lpId, Optional.of(form), account, visitor, now));
        tracking.record(
                TrackingEvent.formStart(form, formId, Optional.empty(), account, visitor, now));

        assertThat(tracking.count(lp, TrackingEventType.LP_VISIT)).isEqualTo(2);
        assertThat(tracking.count(lp, TrackingEventType.CTA_CLICK)).isEqualTo(1);
        assertThat(tracking.count(lp, TrackingEventType.FORM_START)).isZero();
        assertThat(tracking.count(form, TrackingEventType.FORM_START)).isEqualTo(1);
        assertThat(tracking.count(form, TrackingEventType.CTA_CLICK)).isEqualTo(1);
    }
}
