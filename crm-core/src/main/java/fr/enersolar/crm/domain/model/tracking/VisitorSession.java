package fr.enersolar.crm.domain.model.tracking;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One visitor's way through a landing page and its form, across page loads: the seed counted
 * independent events only (SPEC-seed §13), a session ties them together. The server opens it at the
 * visitor's first tracking call and the browser sends its id back with the next ones.
 *
 * <p>It remembers which LP, form and liaison the visitor went through, how many events of each kind
 * it saw, and the visitor's marketing attribution: the <em>first touch</em> (the first event that
 * carried campaign parameters, kept for ever) and the <em>last touch</em> (the latest such event).
 * Intake copies both onto the lead the visitor finally submits.
 */
@Entity("visitor_sessions")
public class VisitorSession {

    @Id private String id;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Convert(InstantAsDate.class)
    @Column("last_seen_at")
    private Instant lastSeenAt;

    @Column("lp_code")
    private String lpCode;

    @Column("form_code")
    private String formCode;

    @Column("liaison_code")
    private String liaisonCode;

    @Column("lp_visits")
    private long lpVisits;

    @Column("cta_clicks")
    private long ctaClicks;

    @Column("form_starts")
    private long formStarts;

    @Column("first_touch")
    private Utm firstTouch;

    @Column("last_touch")
    private Utm lastTouch;

    /** For the mapper only. */
    protected VisitorSession() {}

    private VisitorSession(VisitorSessionId id, Instant at) {
        this.id = Objects.requireNonNull(id, "id is required").value();
        this.createdAt = Objects.requireNonNull(at, "creation time is required");
        this.lastSeenAt = at;
    }

    /** A new session, with no event yet. */
    public static VisitorSession open(VisitorSessionId id, Instant at) {
        return new VisitorSession(id, at);
    }

    /**
     * Counts one funnel event of this visitor. The pages it names become the session's current LP,
     * form and liaison (absent ones leave the previous values); a campaign touch becomes the last
     * touch, and the first touch too when the session had none.
     */
    public void record(
            TrackingEventType type,
            Optional<LpCode> lp,
            Optional<FormCode> form,
            Optional<LiaisonCode> liaison,
            Optional<Utm> touch,
            Instant at) {
        Objects.requireNonNull(type, "event type is required");
        Objects.requireNonNull(at, "event time is required");
        switch (type) {
            case LP_VISIT -> lpVisits++;
            case CTA_CLICK -> ctaClicks++;
            case FORM_START -> formStarts++;
        }
        lp.ifPresent(l -> lpCode = l.value());
        form.ifPresent(f -> formCode = f.value());
        liaison.ifPresent(l -> liaisonCode = l.value());
        touch.filter(Utm::hasCampaign)
                .ifPresent(
                        t -> {
                            if (firstTouch().isEmpty()) {
                                firstTouch = t;
                            }
                            lastTouch = t;
                        });
        if (at.isAfter(lastSeenAt)) {
            lastSeenAt = at;
        }
    }

    public VisitorSessionId id() {
        return new VisitorSessionId(id);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the latest event of this visitor arrived. */
    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    /** The landing page the visitor went through last, if any. */
    public Optional<LpCode> lpCode() {
        return Optional.ofNullable(lpCode).map(LpCode::new);
    }

    /** The form the visitor went towards or started last, if any. */
    public Optional<FormCode> formCode() {
        return Optional.ofNullable(formCode).map(FormCode::new);
    }

    public Optional<LiaisonCode> liaisonCode() {
        return Optional.ofNullable(liaisonCode).map(LiaisonCode::parse);
    }

    /** How many events of this type the session counted. */
    public long count(TrackingEventType type) {
        return switch (type) {
            case LP_VISIT -> lpVisits;
            case CTA_CLICK -> ctaClicks;
            case FORM_START -> formStarts;
        };
    }

    /** The campaign that first brought the visitor; never replaced once set. */
    public Optional<Utm> firstTouch() {
        return Optional.ofNullable(firstTouch).filter(Utm::hasCampaign);
    }

    /** The latest campaign the visitor came through (the first touch when there was one). */
    public Optional<Utm> lastTouch() {
        return Optional.ofNullable(lastTouch).filter(Utm::hasCampaign);
    }

    @Override
    public String toString() {
        return "VisitorSession[" + id + "]";
    }
}
