package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.tracking.Utm;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One submitted contact: a prospect, their project, where they came from and their consent. A lead
 * is <em>always</em> stored, even when invalid, with a diagnostic {@code status}; it takes its
 * product, account and partner key from its form, is routed to one buyer CRM at a frozen unit
 * price, and is then delivered (its {@code api_status}) and retried until delivered or refused.
 *
 * <p>Routing ({@link #route}) records every candidate it considered ({@code routing_candidates}),
 * the commande that took the lead ({@code commande_id}, {@code routed_at}, {@code cross_crm}) and
 * the frozen price ({@code prix_unitaire}). Delivery state lives in flat fields the outbox queries:
 * {@code delivery_attempts}, {@code next_attempt_at} (when the lead is due), {@code
 * last_attempt_at}, and the lease of the worker attempting it ({@code lease_owner}, {@code
 * lease_until}).
 */
@Entity("leads")
public class Lead {

    /** Partner answers that count as delivered (SPEC-seed §2.1). */
    private static final Set<String> DELIVERED = Set.of("success", "duplicate");

    @Id private String id;
    @Column private Prospect prospect;
    @Column private Projet projet;
    @Column private Attribution attribution;

    @Column("rgpd_consent")
    private boolean rgpdConsent;

    @Column private boolean newsletter;

    @Column("form_id")
    private String formId;

    @Column("form_code")
    private String formCode;

    @Column("account_id")
    private String accountId;

    @Column("product_type")
    private String productType;

    @Column private String ip;

    /** Unix epoch seconds at intake: the partner contract wants it. */
    @Column("register_date")
    private long registerDate;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Column private String status;

    @Column("target_crm_id")
    private String targetCrmId;

    @Column("target_crm_slug")
    private String targetCrmSlug;

    @Column("routing_reason")
    private String routingReason;

    @Column("allow_cross_crm")
    private boolean allowCrossCrm;

    /** Frozen at routing, in euro cents (see {@link #unitPriceCents()}). */
    @Column("prix_unitaire")
    private long prixUnitaire;

    @Column("api_status")
    private String apiStatus;

    @Column("api_response")
    private String apiResponse;

    @Column("sent_to_crm")
    private boolean sentToCrm;

    @Convert(InstantAsDate.class)
    @Column("sent_at")
    private Instant sentAt;

    @Column("queue_reason")
    private String queueReason;

    @Convert(InstantAsDate.class)
    @Column("queued_at")
    private Instant queuedAt;

    @Convert(InstantAsDate.class)
    @Column("retried_at")
    private Instant retriedAt;

    @Column("retried_by")
    private String retriedBy;

    @Column("retry_count")
    private int retryCount;

    /** The commande that took the lead at its latest routing (counts against its caps). */
    @Column("commande_id")
    private String commandeId;

    /** True when the target CRM is not the account's. */
    @Column("cross_crm")
    private boolean crossCrm;

    @Convert(InstantAsDate.class)
    @Column("routed_at")
    private Instant routedAt;

    /** Every candidate of the latest routing decision, taken or skipped with the reason. */
    @Column("routing_candidates")
    private List<RoutingCandidate> routingCandidates;

    /** Delivery attempts made since the latest routing. */
    @Column("delivery_attempts")
    private int deliveryAttempts;

    /** When the lead is due for its next delivery attempt; null when none is planned. */
    @Convert(InstantAsDate.class)
    @Column("next_attempt_at")
    private Instant nextAttemptAt;

    @Convert(InstantAsDate.class)
    @Column("last_attempt_at")
    private Instant lastAttemptAt;

    /** The worker attempting the lead, until {@code lease_until}; then anyone may reclaim it. */
    @Column("lease_owner")
    private String leaseOwner;

    @Convert(InstantAsDate.class)
    @Column("lease_until")
    private Instant leaseUntil;

    /** The form reference exactly as submitted (a code or an id), kept for orphans. */
    @Column("submitted_form")
    private String submittedForm;

    @Column private Consent consent;

    @Column("session_id")
    private String sessionId;

    @Column("utm_first")
    private Utm firstTouch;

    @Column("utm_last")
    private Utm lastTouch;

    @Column private List<FieldError> errors;

    @Column("duplicate_of")
    private String duplicateOf;

    /**
     * The submitted JSON, kept when something in it was wrong, so nothing the visitor sent is lost.
     */
    @Column private String payload;

    @Column private List<TimelineEntry> timeline;

    /** For the mapper only. */
    protected Lead() {}

    /** A lead as it reaches intake, before its form is known: status {@code received}. */
    public Lead(
            LeadId id,
            Prospect prospect,
            Projet projet,
            Attribution attribution,
            boolean rgpdConsent,
            boolean newsletter,
            String ip,
            Instant receivedAt) {
        this.id = Objects.requireNonNull(id).value();
        this.prospect = Objects.requireNonNull(prospect, "prospect is required");
        this.projet = projet == null ? Projet.unknown() : projet;
        this.attribution = attribution == null ? Attribution.direct() : attribution;
        this.rgpdConsent = rgpdConsent;
        this.newsletter = newsletter;
        this.ip = ip == null ? "" : ip;
        this.createdAt = Objects.requireNonNull(receivedAt);
        this.registerDate = receivedAt.getEpochSecond();
        this.status = "received";
        this.apiStatus = "pending";
        this.allowCrossCrm = true;
        this.formCode = "";
        this.productType = "";
    }

    public LeadId id() {
        return new LeadId(id);
    }

    public Prospect prospect() {
        return prospect;
    }

    public Projet projet() {
        return projet;
    }

    public Attribution attribution() {
        return attribution;
    }

    public boolean rgpdConsent() {
        return rgpdConsent;
    }

    public boolean newsletter() {
        return newsletter;
    }

    /** The form the lead came through; absent for an orphan lead (unknown form). */
    public Optional<FormId> form() {
        return formId == null ? Optional.empty() : Optional.of(new FormId(formId));
    }

    public Optional<FormCode> formCode() {
        return formCode == null || formCode.isEmpty()
                ? Optional.empty()
                : Optional.of(new FormCode(formCode));
    }

    public Optional<AccountId> account() {
        return accountId == null ? Optional.empty() : Optional.of(new AccountId(accountId));
    }

    public Optional<ProductType> productType() {
        return productType == null || productType.isEmpty()
                ? Optional.empty()
                : Optional.of(ProductType.parse(productType));
    }

    /** The prospect's département when the stored code is a valid one. */
    public Optional<Departement> departement() {
        try {
            return Optional.of(Departement.of(prospect.departement()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String ip() {
        return ip;
    }

    public long registerDate() {
        return registerDate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The diagnostic status given at intake ({@code received}, {@code invalid_phone}…). */
    public String status() {
        return status;
    }

    public Optional<CrmId> targetCrm() {
        return targetCrmId == null ? Optional.empty() : Optional.of(new CrmId(targetCrmId));
    }

    public Optional<CrmSlug> targetCrmSlug() {
        return targetCrmSlug == null ? Optional.empty() : Optional.of(new CrmSlug(targetCrmSlug));
    }

    public String routingReason() {
        return routingReason;
    }

    public boolean allowCrossCrm() {
        return allowCrossCrm;
    }

    /** The price the buyer pays for this lead, in euro cents, frozen when it was routed. */
    public long unitPriceCents() {
        return prixUnitaire;
    }

    /** The delivery status of SPEC-seed §2.1 ({@code pending}, {@code success}…). */
    public String apiStatus() {
        return apiStatus;
    }

    public String apiResponse() {
        return apiResponse;
    }

    public boolean sentToCrm() {
        return sentToCrm;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public String queueReason() {
        return queueReason;
    }

    public Optional<Instant> queuedAt() {
        return Optional.ofNullable(queuedAt);
    }

    public Optional<Instant> retriedAt() {
        return Optional.ofNullable(retriedAt);
    }

    public String retriedBy() {
        return retriedBy;
    }

    public int retryCount() {
        return retryCount;
    }

    /**
     * The delivery status as a {@link LeadStatus}; empty for a raw value only the seed wrote
     * ({@code timeout}, {@code server_error}…).
     */
    public Optional<LeadStatus> deliveryStatus() {
        try {
            return Optional.of(LeadStatus.fromWire(apiStatus));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The commande that took the lead; empty when it is not routed. */
    public Optional<CommandeId> commande() {
        return commandeId == null || commandeId.isEmpty()
                ? Optional.empty()
                : Optional.of(new CommandeId(commandeId));
    }

    /** True when the lead went to a CRM other than its account's. */
    public boolean crossCrm() {
        return crossCrm;
    }

    /** When the latest routing decision was made. */
    public Optional<Instant> routedAt() {
        return Optional.ofNullable(routedAt);
    }

    /** The candidates of the latest routing decision, in the order they were considered. */
    public List<RoutingCandidate> routingCandidates() {
        return routingCandidates == null ? List.of() : List.copyOf(routingCandidates);
    }

    public int deliveryAttempts() {
        return deliveryAttempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<String> leaseOwner() {
        return Optional.ofNullable(leaseOwner);
    }

    public Optional<Instant> leaseUntil() {
        return Optional.ofNullable(leaseUntil);
    }

    /** True when a worker holds the lead at {@code now}. */
    public boolean leasedAt(Instant now) {
        return leaseOwner != null && leaseUntil != null && leaseUntil.isAfter(now);
    }

    /** Ties the lead to its form: product, account and the form's cross-CRM rule are copied. */
    public void cameThrough(
            FormId form,
            FormCode code,
            AccountId account,
            ProductType product,
            boolean formAllowsCrossCrm) {
        this.formId = Objects.requireNonNull(form).value();
        this.formCode = Objects.requireNonNull(code).value();
        this.accountId = Objects.requireNonNull(account).value();
        this.productType = Objects.requireNonNull(product).name();
        this.allowCrossCrm = formAllowsCrossCrm;
    }

    /** Records what intake found wrong (or right) with the lead. */
    public void diagnose(String status) {
        this.status = requireText("status", status);
    }

    /**
     * Records what intake concluded. A lead that is not {@code pending} is not deliverable, so its
     * delivery status says the same thing.
     */
    public void conclude(LeadStatus conclusion, List<FieldError> problems) {
        this.status = conclusion.wire();
        this.errors = List.copyOf(problems);
        if (conclusion != LeadStatus.PENDING) {
            this.apiStatus = conclusion.wire();
        }
    }

    /** Keeps the submitted JSON as evidence of what was sent. */
    public void keepPayload(String json) {
        this.payload = json;
    }

    /** Marks the lead as a repeat of an earlier lead of the same phone and product. */
    public void repeatOf(LeadId original) {
        this.duplicateOf = Objects.requireNonNull(original).value();
    }

    public void submittedFor(String formReference) {
        this.submittedForm = formReference == null ? "" : formReference;
    }

    public void consented(Consent evidence) {
        this.consent = Objects.requireNonNull(evidence);
    }

    /** Where the visitor came from: their session and its first and last campaign touches. */
    public void touched(String session, Utm first, Utm last) {
        this.sessionId = session == null ? "" : session;
        this.firstTouch = first;
        this.lastTouch = last;
    }

    /** Appends an event to the lead's timeline. */
    public void log(TimelineEntry entry) {
        if (timeline == null) {
            timeline = new ArrayList<>();
        }
        timeline.add(Objects.requireNonNull(entry));
    }

    public List<FieldError> errors() {
        return errors == null ? List.of() : List.copyOf(errors);
    }

    public Optional<LeadId> duplicateOf() {
        return duplicateOf == null || duplicateOf.isEmpty()
                ? Optional.empty()
                : Optional.of(new LeadId(duplicateOf));
    }

    public Optional<String> payload() {
        return Optional.ofNullable(payload);
    }

    public String submittedForm() {
        return submittedForm == null ? "" : submittedForm;
    }

    public Optional<Consent> consent() {
        return Optional.ofNullable(consent);
    }

    public String sessionId() {
        return sessionId == null ? "" : sessionId;
    }

    public Optional<Utm> firstTouch() {
        return Optional.ofNullable(firstTouch);
    }

    public Optional<Utm> lastTouch() {
        return Optional.ofNullable(lastTouch);
    }

    public List<TimelineEntry> timeline() {
        return timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** Sends the lead to {@code crm}, freezing the unit price it will be billed at. */
    public void routeTo(CrmId crm, CrmSlug slug, String reason, long unitPriceCents) {
        if (unitPriceCents < 0) {
            throw new IllegalArgumentException("unit price cannot be negative: " + unitPriceCents);
        }
        this.targetCrmId = Objects.requireNonNull(crm).value();
        this.targetCrmSlug = Objects.requireNonNull(slug).value();
        this.routingReason = requireText("routing reason", reason);
        this.prixUnitaire = unitPriceCents;
        this.apiStatus = "pending";
    }

    /** No CRM takes the lead: status {@code no_crm}, nothing to deliver. */
    public void leaveUnrouted(String reason) {
        this.targetCrmId = null;
        this.targetCrmSlug = null;
        this.routingReason = requireText("routing reason", reason);
        this.prixUnitaire = 0;
        this.apiStatus = "no_crm";
    }

    /** Records the partner's answer; {@code success} and {@code duplicate} mean delivered. */
    public void answered(String apiStatus, String response, Instant at) {
        this.apiStatus = requireText("api status", apiStatus);
        this.apiResponse = response;
        this.sentToCrm = DELIVERED.contains(apiStatus);
        this.sentAt = sentToCrm ? Objects.requireNonNull(at) : sentAt;
    }

    /** Puts the lead in the retry queue after a transient failure. */
    public void queue(String reason, Instant at) {
        this.apiStatus = "queued";
        this.queueReason = requireText("queue reason", reason);
        this.queuedAt = Objects.requireNonNull(at);
    }

    /** Counts one more retry by {@code by} (a user id or {@code nightly_verification}). */
    public void retried(Instant at, String by) {
        this.retriedAt = Objects.requireNonNull(at);
        this.retriedBy = by;
        this.retryCount++;
    }

    /**
     * Applies a routing decision. Routed: the target, its commande and frozen price are set, the
     * lead is {@code pending} and due at once, with its attempts counted afresh. Unrouted: the lead
     * waits for a commande ({@code pending_no_order}), with no target and no price. Either way
     * every candidate is kept and the decision is written on the timeline. A delivered lead is
     * never routed again (it would be sent twice).
     */
    public void route(RoutingDecision decision, Instant at) {
        Objects.requireNonNull(decision, "decision is required");
        Objects.requireNonNull(at, "time is required");
        if (deliveryStatus().map(LeadStatus::delivered).orElse(false)) {
            throw new IllegalStateException("lead " + id + " is already delivered");
        }
        this.routingCandidates = new ArrayList<>(decision.candidates());
        this.routedAt = at;
        this.routingReason = decision.routingReason();
        this.apiStatus = decision.status().wire();
        this.deliveryAttempts = 0;
        this.lastAttemptAt = null;
        decision.target()
                .ifPresentOrElse(
                        t -> {
                            this.targetCrmId = t.crm().value();
                            this.targetCrmSlug = t.slug().value();
                            this.commandeId = t.commande().value();
                            this.prixUnitaire = t.unitPriceCents();
                            this.crossCrm = t.crossCrm();
                            this.nextAttemptAt = at;
                        },
                        () -> {
                            this.targetCrmId = null;
                            this.targetCrmSlug = null;
                            this.commandeId = null;
                            this.prixUnitaire = 0;
                            this.crossCrm = false;
                            this.nextAttemptAt = null;
                        });
        log(new TimelineEntry(at, "routing", decision.describe()));
    }

    /**
     * No commande appeared while the lead waited ({@code pending_no_order}): from now on staff
     * decide where it goes ({@code pending_manual}).
     */
    public void awaitManualDecision(Duration waited, Instant at) {
        if (!LeadStatus.PENDING_NO_ORDER.wire().equals(apiStatus)) {
            throw new IllegalStateException(
                    "only a lead waiting for a commande awaits a manual decision: " + apiStatus);
        }
        this.apiStatus = LeadStatus.PENDING_MANUAL.wire();
        this.nextAttemptAt = null;
        log(
                new TimelineEntry(
                        Objects.requireNonNull(at),
                        "routing",
                        "Aucune commande en "
                                + waited.toDays()
                                + " jours : décision manuelle requise"));
    }

    /** A worker holds the lead until {@code until} while it attempts a delivery. */
    public void lease(String owner, Instant until) {
        this.leaseOwner = requireText("lease owner", owner);
        this.leaseUntil = Objects.requireNonNull(until);
    }

    public void releaseLease() {
        this.leaseOwner = null;
        this.leaseUntil = null;
    }

    /**
     * Moves the next attempt to {@code until} without counting an attempt (the partner's circuit
     * breaker is open), and lets the lease go.
     */
    public void postponeDelivery(Instant until) {
        if (!deliveryStatus().map(LeadStatus::awaitsDelivery).orElse(false)) {
            throw new IllegalStateException("lead " + id + " is not awaiting delivery");
        }
        this.nextAttemptAt = Objects.requireNonNull(until);
        releaseLease();
    }

    /**
     * Records one delivery attempt and what follows it: {@code queued} with the time of the next
     * attempt, or a final status ({@code success}, {@code duplicate}, {@code validation_error},
     * {@code auth_error}, {@code failed}) with none. The lease is released and the attempt is
     * written on the timeline.
     *
     * @param result the status the attempt leads to
     * @param nextAttempt when to try again; present exactly when {@code result} is {@code queued}
     * @param response the partner's answer or the error, secrets masked
     * @param summary the attempt in French for the timeline (request and response, keys masked)
     */
    public void recordAttempt(
            LeadStatus result,
            Optional<Instant> nextAttempt,
            String response,
            Instant at,
            String summary) {
        Objects.requireNonNull(result, "result is required");
        Objects.requireNonNull(nextAttempt, "next attempt is required (maybe empty)");
        Objects.requireNonNull(at, "time is required");
        requireText("attempt summary", summary);
        if (targetCrmId == null) {
            throw new IllegalStateException("lead " + id + " has no target CRM to deliver to");
        }
        if (!result.deliveryFinished() && result != LeadStatus.QUEUED) {
            throw new IllegalArgumentException("not the result of an attempt: " + result);
        }
        if (nextAttempt.isPresent() != (result == LeadStatus.QUEUED)) {
            throw new IllegalArgumentException(
                    "a next attempt goes with queued, and only with queued: " + result);
        }
        this.deliveryAttempts++;
        this.lastAttemptAt = at;
        this.nextAttemptAt = nextAttempt.orElse(null);
        this.apiStatus = result.wire();
        this.apiResponse = response;
        this.sentToCrm = result.delivered();
        if (result.delivered()) {
            this.sentAt = at;
        }
        releaseLease();
        log(new TimelineEntry(at, "delivery_attempt", summary));
    }

    private static String requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Lead[" + id + " " + status + "/" + apiStatus + "]";
    }
}
