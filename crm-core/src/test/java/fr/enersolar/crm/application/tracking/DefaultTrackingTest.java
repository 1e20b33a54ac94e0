package fr.enersolar.crm.application.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.application.tracking.TrackingOutcome.Refusal;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.tracking.TrackingEvent;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.TrackingRepository;
import fr.enersolar.crm.domain.model.tracking.Visitor;
import fr.enersolar.crm.domain.model.tracking.VisitorSession;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionRepository;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class DefaultTrackingTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject Tracking tracking;
    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject TrackingRepository events;
    @Inject VisitorSessionRepository sessions;

    private final AccountId account = AccountId.generate();
    private final Visitor browser = new Visitor("203.0.113.9", "Firefox", "https://google.fr");
    private Lp lp;
    private Form form;

    @BeforeEach
    void landingPageWithItsForm() {
        CoreContainer.resetStore();
        Instant now = Instant.now();
        lp =
                new Lp(
                        LpId.generate(),
                        LpCode.of(4),
                        account,
                        "LP",
                        "https://a.fr",
                        ProductType.PV,
                        now,
                        null);
        form =
                new Form(
                        FormId.generate(),
                        new FormCode("PV-002"),
                        account,
                        "F",
                        "https://a.fr/f",
                        now,
                        null);
        lps.store(lp);
        forms.store(form);
    }

    private TrackingContext context(Optional<VisitorSessionId> session, String source) {
        return new TrackingContext(session, browser, source, "", "");
    }

    @Test
    void aVisitOfAKnownLandingPageIsRecordedInANewSession() {
        TrackingOutcome outcome =
                tracking.lpVisit(
                        lp.code(), new TrackingContext(Optional.empty(), browser, "", "", ""));

        assertThat(outcome.isRecorded()).isTrue();
        TrackingEvent event = events.find(outcome.event().orElseThrow()).orElseThrow();
        assertThat(event.type()).isEqualTo(TrackingEventType.LP_VISIT);
        assertThat(event.lp()).hasValue(lp.id());
        assertThat(event.account()).isEqualTo(account);
        assertThat(event.visitor()).isEqualTo(browser);
        assertThat(event.session()).isEqualTo(outcome.session());
        VisitorSession session = sessions.find(outcome.session().orElseThrow()).orElseThrow();
        assertThat(session.count(TrackingEventType.LP_VISIT)).isEqualTo(1);
        assertThat(session.lpCode()).hasValue(lp.code());
    }

    @Test
    void anUnknownLandingPageIsRefusedAndNothingIsStored() {
        TrackingOutcome visit = tracking.lpVisit(LpCode.of(99), context(Optional.empty(), ""));
        TrackingOutcome click =
                tracking.ctaClick(LpCode.of(99), Optional.empty(), context(Optional.empty(), ""));

        assertThat(visit.refusal()).hasValue(Refusal.UNKNOWN_LP);
        assertThat(click.refusal()).hasValue(Refusal.UNKNOWN_LP);
        assertThat(visit.session()).isEmpty();
        assertThat(events.count(LpCode.of(99), TrackingEventType.LP_VISIT)).isZero();
    }

    @Test
    void anUnknownFormIsRefused() {
        TrackingOutcome start =
                tracking.formStart(
                        new FormCode("ITE-009"),
                        Optional.empty(),
                        Optional.empty(),
                        context(Optional.empty(), ""));

        assertThat(start.refusal()).hasValue(Refusal.UNKNOWN_FORM);
        assertThat(Refusal.UNKNOWN_FORM.message()).isEqualTo("Formulaire inconnu");
    }

    @Test
    void theSessionSentBackIsReusedAndKeepsItsFirstTouch() {
        VisitorSessionId id =
                tracking.lpVisit(lp.code(), context(Optional.empty(), "google"))
                        .session()
                        .orElseThrow();

        TrackingOutcome click =
                tracking.ctaClick(
                        lp.code(), Optional.of(form.code()), context(Optional.of(id), "bing"));
        TrackingOutcome start =
                tracking.formStart(
                        form.code(),
                        Optional.of(lp.code()),
                        Optional.empty(),
                        context(Optional.of(id), ""));

        assertThat(click.session()).hasValue(id);
        assertThat(start.session()).hasValue(id);
        VisitorSession session = sessions.find(id).orElseThrow();
        assertThat(session.count(TrackingEventType.LP_VISIT)).isEqualTo(1);
        assertThat(session.count(TrackingEventType.CTA_CLICK)).isEqualTo(1);
        assertThat(session.count(TrackingEventType.FORM_START)).isEqualTo(1);
        assertThat(session.firstTouch().orElseThrow().source()).isEqualTo("google");
        assertThat(session.lastTouch().orElseThrow().source()).isEqualTo("bing");
        assertThat(session.liaisonCode()).hasValue(new LiaisonCode(lp.code(), form.code()));
    }

    @Test
    void anUnknownSessionIdStartsANewSession() {
        VisitorSessionId forged = VisitorSessionId.generate();

        TrackingOutcome outcome = tracking.lpVisit(lp.code(), context(Optional.of(forged), ""));

        assertThat(outcome.session()).isPresent().isNotEqualTo(Optional.of(forged));
        assertThat(sessions.find(forged)).isEmpty();
    }

    @Test
    void aFormStartKeepsTheLiaisonCodeThePageCarried() {
        LiaisonCode carried = new LiaisonCode(LpCode.of(7), form.code());

        TrackingOutcome start =
                tracking.formStart(
                        form.code(),
                        Optional.of(lp.code()),
                        Optional.of(carried),
                        context(Optional.empty(), ""));

        TrackingEvent event = events.find(start.event().orElseThrow()).orElseThrow();
        assertThat(event.liaisonCode()).hasValue(carried);
        assertThat(event.form()).hasValue(form.id());
    }

    @Test
    void aFormStartWithoutLiaisonDerivesItFromTheLandingPage() {
        TrackingOutcome start =
                tracking.formStart(
                        form.code(),
                        Optional.of(lp.code()),
                        Optional.empty(),
                        context(Optional.empty(), ""));

        TrackingEvent event = events.find(start.event().orElseThrow()).orElseThrow();
        assertThat(event.liaisonCode()).hasValue(new LiaisonCode(lp.code(), form.code()));
    }

    @Test
    void aClickRecordsTheFormNamedByTheScript() {
        TrackingOutcome click =
                tracking.ctaClick(
                        lp.code(), Optional.of(form.code()), context(Optional.empty(), ""));

        TrackingEvent event = events.find(click.event().orElseThrow()).orElseThrow();
        assertThat(event.formCode()).hasValue(form.code());
        assertThat(events.count(form.code(), TrackingEventType.CTA_CLICK)).isEqualTo(1);
    }
}
