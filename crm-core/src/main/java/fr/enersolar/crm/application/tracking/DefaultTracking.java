package fr.enersolar.crm.application.tracking;

import fr.enersolar.crm.application.tracking.TrackingOutcome.Refusal;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.tracking.TrackingEvent;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.TrackingRepository;
import fr.enersolar.crm.domain.model.tracking.VisitorSession;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionId;
import fr.enersolar.crm.domain.model.tracking.VisitorSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/** Looks the page up, records the event, then counts it in the visitor's session. */
@ApplicationScoped
public class DefaultTracking implements Tracking {

    @Inject LpRepository lps;
    @Inject FormRepository forms;
    @Inject TrackingRepository events;
    @Inject VisitorSessionRepository sessions;
    @Inject Clock clock;

    @Override
    public TrackingOutcome lpVisit(LpCode code, TrackingContext context) {
        Optional<Lp> lp = lps.findByCode(code);
        if (lp.isEmpty()) {
            return TrackingOutcome.refused(Refusal.UNKNOWN_LP);
        }
        Instant now = clock.instant();
        TrackingEvent event =
                TrackingEvent.lpVisit(
                        code, lp.get().id(), lp.get().account(), context.visitor(), now);
        return record(
                event,
                context,
                now,
                session ->
                        session.record(
                                TrackingEventType.LP_VISIT,
                                Optional.of(code),
                                Optional.empty(),
                                Optional.empty(),
                                context.touch(now),
                                now));
    }

    @Override
    public TrackingOutcome ctaClick(LpCode code, Optional<FormCode> form, TrackingContext context) {
        Optional<Lp> lp = lps.findByCode(code);
        if (lp.isEmpty()) {
            return TrackingOutcome.refused(Refusal.UNKNOWN_LP);
        }
        Instant now = clock.instant();
        TrackingEvent event =
                TrackingEvent.ctaClick(
                        code, lp.get().id(), form, lp.get().account(), context.visitor(), now);
        return record(
                event,
                context,
                now,
                session ->
                        session.record(
                                TrackingEventType.CTA_CLICK,
                                Optional.of(code),
                                form,
                                Optional.empty(),
                                context.touch(now),
                                now));
    }

    @Override
    public TrackingOutcome formStart(
            FormCode code,
            Optional<LpCode> lp,
            Optional<LiaisonCode> liaison,
            TrackingContext context) {
        Optional<Form> form = forms.findByCode(code);
        if (form.isEmpty()) {
            return TrackingOutcome.refused(Refusal.UNKNOWN_FORM);
        }
        Instant now = clock.instant();
        TrackingEvent event =
                TrackingEvent.formStart(
                        code,
                        form.get().id(),
                        lp,
                        liaison,
                        form.get().account(),
                        context.visitor(),
                        now);
        return record(
                event,
                context,
                now,
                session ->
                        session.record(
                                TrackingEventType.FORM_START,
                                lp.or(() -> liaison.map(LiaisonCode::lp)),
                                Optional.of(code),
                                event.liaisonCode(),
                                context.touch(now),
                                now));
    }

    private TrackingOutcome record(
            TrackingEvent event,
            TrackingContext context,
            Instant now,
            Consumer<VisitorSession> count) {
        VisitorSession session =
                context.session()
                        .flatMap(sessions::find)
                        .orElseGet(() -> VisitorSession.open(VisitorSessionId.generate(), now));
        events.record(event.inSession(session.id()));
        count.accept(session);
        sessions.store(session);
        return TrackingOutcome.recorded(event.id(), session.id());
    }
}
