package fr.enersolar.crm.domain.model.tracking;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a visitor's way through the funnel: a landing-page visit, a click on its call to
 * action, or the start of a form. Events reference pages by code, as the scripts know them; the
 * conversion figures count them.
 */
@Entity("tracking")
public class TrackingEvent {

    @Id private String id;
    @Column private String event;

    @Column("lp_code")
    private String lpCode;

    @Column("lp_id")
    private String lpId;

    @Column("form_code")
    private String formCode;

    @Column("form_id")
    private String formId;

    @Column("liaison_code")
    private String liaisonCode;

    @Column("account_id")
    private String accountId;

    @Column private String referrer;

    @Column("user_agent")
    private String userAgent;

    @Column private String ip;

    @Column("session_id")
    private String sessionId;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    /** For the mapper only. */
    protected TrackingEvent() {}

    private TrackingEvent(TrackingEventType type, AccountId account, Visitor visitor, Instant at) {
        this.id = TrackingEventId.generate().value();
        this.event = type.wire();
        this.accountId = Objects.requireNonNull(account, "account is required").value();
        this.referrer = visitor.referrer();
        this.userAgent = visitor.userAgent();
        this.ip = visitor.ip();
        this.createdAt = Objects.requireNonNull(at);
    }

    /** A visit of a landing page. */
    public static TrackingEvent lpVisit(
            LpCode lp, LpId lpId, AccountId account, Visitor visitor, Instant at) {
        TrackingEvent e = new TrackingEvent(TrackingEventType.LP_VISIT, account, visitor, at);
        e.lpCode = lp.value();
        e.lpId = lpId.value();
        return e;
    }

    /** A click on a landing page's call to action, towards its form. */
    public static TrackingEvent ctaClick(
            LpCode lp,
            LpId lpId,
            Optional<FormCode> form,
            AccountId account,
            Visitor visitor,
            Instant at) {
        TrackingEvent e = new TrackingEvent(TrackingEventType.CTA_CLICK, account, visitor, at);
        e.lpCode = lp.value();
        e.lpId = lpId.value();
        e.formCode = form.map(FormCode::value).orElse(null);
        return e;
    }

    /** The first interaction with a form; the liaison code is derived from the LP when given. */
    public static TrackingEvent formStart(
            FormCode form,
            FormId formId,
            Optional<LpCode> lp,
            AccountId account,
            Visitor visitor,
            Instant at) {
        return formStart(form, formId, lp, Optional.empty(), account, visitor, at);
    }

    /**
     * The first interaction with a form, with the liaison code the page carried; without one, it is
     * derived from the LP when given (SPEC-seed §13).
     */
    public static TrackingEvent formStart(
            FormCode form,
            FormId formId,
            Optional<LpCode> lp,
            Optional<LiaisonCode> liaison,
            AccountId account,
            Visitor visitor,
            Instant at) {
        TrackingEvent e = new TrackingEvent(TrackingEventType.FORM_START, account, visitor, at);
        e.formCode = form.value();
        e.formId = formId.value();
        e.lpCode = lp.map(LpCode::value).orElse(null);
        e.liaisonCode =
                liaison.or(() -> lp.map(l -> new LiaisonCode(l, form)))
                        .map(LiaisonCode::value)
                        .orElse(null);
        return e;
    }

    /** Ties the event to the visitor session it belongs to, before it is recorded. */
    public TrackingEvent inSession(VisitorSessionId session) {
        this.sessionId = Objects.requireNonNull(session, "session is required").value();
        return this;
    }

    public TrackingEventId id() {
        return new TrackingEventId(id);
    }

    public TrackingEventType type() {
        return TrackingEventType.fromWire(event);
    }

    public Optional<LpCode> lpCode() {
        return Optional.ofNullable(lpCode).map(LpCode::new);
    }

    public Optional<LpId> lp() {
        return Optional.ofNullable(lpId).map(LpId::new);
    }

    public Optional<FormCode> formCode() {
        return Optional.ofNullable(formCode).map(FormCode::new);
    }

    public Optional<FormId> form() {
        return Optional.ofNullable(formId).map(FormId::new);
    }

    public Optional<LiaisonCode> liaisonCode() {
        return Optional.ofNullable(liaisonCode).map(LiaisonCode::parse);
    }

    /** The visitor session of the event; absent for events recorded before sessions existed. */
    public Optional<VisitorSessionId> session() {
        return Optional.ofNullable(sessionId).map(VisitorSessionId::new);
    }

    public AccountId account() {
        return new AccountId(accountId);
    }

    public Visitor visitor() {
        return new Visitor(ip, userAgent, referrer);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
