package fr.enersolar.crm.infrastructure.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.Utm;
import fr.enersolar.crm.domain.model.tracking.VisitorSession;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.testing.CoreContainer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@EnableWeld
class MongoVisitorSessionRepositoryTest {

    @WeldSetup WeldInitiator weld = CoreContainer.initiator();

    @Inject VisitorSessionRepository sessions;
    @Inject MongoStore store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final LpCode lp = LpCode.of(4);
    private final FormCode form = new FormCode("PAC-002");

    @BeforeEach
    void reset() {
        CoreContainer.resetStore();
    }

    private VisitorSession sessionWithTwoTouches() {
        VisitorSession session = VisitorSession.open(VisitorSessionId.generate(), now);
        session.record(
                TrackingEventType.LP_VISIT,
                Optional.of(lp),
                Optional.empty(),
                Optional.empty(),
                Utm.of("google", "cpc", "ete", "https://google.fr", now),
                now);
        session.record(
                TrackingEventType.FORM_START,
                Optional.of(lp),
                Optional.of(form),
                Optional.of(new LiaisonCode(lp, form)),
                Utm.of("facebook", "", "", "", now.plusSeconds(60)),
                now.plusSeconds(60));
        return session;
    }

    @Test
    void storesAndFindsASessionWithItsTouches() {
        VisitorSession session = sessionWithTwoTouches();

        sessions.store(session);

        VisitorSession found = sessions.find(session.id()).orElseThrow();
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(found.lastSeenAt()).isEqualTo(now.plusSeconds(60));
        assertThat(found.lpCode()).hasValue(lp);
        assertThat(found.formCode()).hasValue(form);
        assertThat(found.liaisonCode()).hasValue(new LiaisonCode(lp, form));
        assertThat(found.count(TrackingEventType.LP_VISIT)).isEqualTo(1);
        assertThat(found.count(TrackingEventType.CTA_CLICK)).isZero();
        assertThat(found.count(TrackingEventType.FORM_START)).isEqualTo(1);
        assertThat(found.firstTouch())
                .hasValue(new Utm("google", "cpc", "ete", "https://google.fr", now));
        assertThat(found.lastTouch())
                .hasValue(new Utm("facebook", "", "", "", now.plusSeconds(60)));
    }

    @Test
    void keepsTheSeedsFieldNamesAndDatesInTheDocument() {
        VisitorSession session = sessionWithTwoTouches();

        sessions.store(session);

        Document raw =
                store.database()
                        .getCollection("visitor_sessions")
                        .find(Filters.eq("_id", session.id().value()))
                        .first();
        assertThat(raw.get("created_at")).isInstanceOf(Date.class);
        assertThat(raw.getString("lp_code")).isEqualTo("LP-004");
        assertThat(raw.getString("liaison_code")).isEqualTo("LP-004_PAC-002");
        Document first = raw.get("first_touch", Document.class);
        assertThat(first.getString("utm_source")).isEqualTo("google");
        assertThat(first.getString("utm_campaign")).isEqualTo("ete");
        assertThat(first.getString("referrer")).isEqualTo("https://google.fr");
        assertThat(first.get("at")).isInstanceOf(Date.class);
    }

    @Test
    void storingAgainReplacesTheSession() {
        VisitorSession session = VisitorSession.open(VisitorSessionId.generate(), now);
        sessions.store(session);
        session.record(
                TrackingEventType.CTA_CLICK,
                Optional.of(lp),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                now.plusSeconds(5));

        sessions.store(session);

        VisitorSession found = sessions.find(session.id()).orElseThrow();
        assertThat(found.count(TrackingEventType.CTA_CLICK)).isEqualTo(1);
        assertThat(found.firstTouch()).isEmpty();
        assertThat(store.database().getCollection("visitor_sessions").countDocuments())
                .isEqualTo(1);
    }

    @Test
    void anUnknownSessionIsNotFound() {
        assertThat(sessions.find(VisitorSessionId.generate())).isEmpty();
    }
}
