package fr.enersolar.crm.domain.model.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisitorSessionTest {

    private final Instant t0 = Instant.parse("2026-03-01T10:00:00Z");
    private final LpCode lp = LpCode.of(4);
    private final FormCode form = new FormCode("PV-002");
    private final VisitorSession session = VisitorSession.open(VisitorSessionId.generate(), t0);

    private void visit(Optional<Utm> touch, Instant at) {
        session.record(
                TrackingEventType.LP_VISIT,
                Optional.of(lp),
                Optional.empty(),
                Optional.empty(),
                touch,
                at);
    }

    @Test
    void aNewSessionHasNoEventAndNoTouch() {
        assertThat(session.createdAt()).isEqualTo(t0);
        assertThat(session.lastSeenAt()).isEqualTo(t0);
        assertThat(session.count(TrackingEventType.LP_VISIT)).isZero();
        assertThat(session.firstTouch()).isEmpty();
        assertThat(session.lastTouch()).isEmpty();
        assertThat(session.lpCode()).isEmpty();
    }

    @Test
    void countsEachKindOfEvent() {
        visit(Optional.empty(), t0);
        visit(Optional.empty(), t0.plusSeconds(1));
        session.record(
                TrackingEventType.CTA_CLICK,
                Optional.of(lp),
                Optional.of(form),
                Optional.empty(),
                Optional.empty(),
                t0.plusSeconds(2));

        assertThat(session.count(TrackingEventType.LP_VISIT)).isEqualTo(2);
        assertThat(session.count(TrackingEventType.CTA_CLICK)).isEqualTo(1);
        assertThat(session.count(TrackingEventType.FORM_START)).isZero();
        assertThat(session.lastSeenAt()).isEqualTo(t0.plusSeconds(2));
    }

    @Test
    void theFirstTouchIsKeptAndTheLastTouchFollowsEachCampaign() {
        Optional<Utm> google = Utm.of("google", "cpc", "ete", "https://google.fr", t0);
        Optional<Utm> facebook = Utm.of("facebook", "social", "", "", t0.plusSeconds(60));

        visit(google, t0);
        visit(facebook, t0.plusSeconds(60));

        assertThat(session.firstTouch()).isEqualTo(google);
        assertThat(session.lastTouch()).isEqualTo(facebook);
    }

    @Test
    void anEventWithoutCampaignChangesNoTouch() {
        Optional<Utm> google = Utm.of("google", "", "", "", t0);
        visit(google, t0);

        visit(Utm.of("", " ", null, "https://bing.com", t0.plusSeconds(5)), t0.plusSeconds(5));
        visit(Optional.empty(), t0.plusSeconds(6));

        assertThat(session.firstTouch()).isEqualTo(google);
        assertThat(session.lastTouch()).isEqualTo(google);
    }

    @Test
    void theFirstCampaignMayComeAfterOtherEvents() {
        visit(Optional.empty(), t0);
        Optional<Utm> later = Utm.of("newsletter", "email", "mars", "", t0.plusSeconds(9));

        visit(later, t0.plusSeconds(9));

        assertThat(session.firstTouch()).isEqualTo(later);
        assertThat(session.lastTouch()).isEqualTo(later);
    }

    @Test
    void pagesNamedByAnEventReplaceTheCurrentOnesAndAbsentOnesKeepThem() {
        session.record(
                TrackingEventType.FORM_START,
                Optional.of(lp),
                Optional.of(form),
                Optional.of(new LiaisonCode(lp, form)),
                Optional.empty(),
                t0);
        session.record(
                TrackingEventType.FORM_START,
                Optional.empty(),
                Optional.of(new FormCode("PV-003")),
                Optional.empty(),
                Optional.empty(),
                t0);

        assertThat(session.lpCode()).hasValue(lp);
        assertThat(session.formCode()).hasValue(new FormCode("PV-003"));
        assertThat(session.liaisonCode()).hasValue(new LiaisonCode(lp, form));
    }

    @Test
    void anEventArrivingLateDoesNotMoveLastSeenBack() {
        visit(Optional.empty(), t0.plusSeconds(30));
        visit(Optional.empty(), t0.plusSeconds(10));

        assertThat(session.lastSeenAt()).isEqualTo(t0.plusSeconds(30));
    }

    @Test
    void aMalformedSessionIdFromTheBrowserIsNoSession() {
        assertThat(VisitorSessionId.parse("not-a-uuid")).isEmpty();
        assertThat(VisitorSessionId.parse("")).isEmpty();
        assertThat(VisitorSessionId.parse(null)).isEmpty();
        VisitorSessionId id = VisitorSessionId.generate();
        assertThat(VisitorSessionId.parse(id.value().toUpperCase())).hasValue(id);
    }

    @Test
    void utmValuesAreTrimmedAndCut() {
        Utm utm = Utm.of(" google ", "x".repeat(2000), null, null, t0).orElseThrow();

        assertThat(utm.source()).isEqualTo("google");
        assertThat(utm.medium()).hasSize(Utm.MAX_LENGTH);
        assertThat(utm.campaign()).isEmpty();
        assertThat(utm.referrer()).isEmpty();
    }
}
