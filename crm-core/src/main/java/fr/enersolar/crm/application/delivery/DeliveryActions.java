package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.intake.FormReferences;
import fr.enersolar.crm.application.routing.LeadRouting;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Actor;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.service.CircuitBreaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Staff actions on delivery (SPEC-seed §5.3 and §10) and the queue's read model. Unlike the seed, a
 * retry never sends synchronously: it routes the lead again with the current rules and puts it back
 * in the outbox, due at once, so the outbox's lease keeps the one-sender rule (the seed's
 * synchronous retry could send a lead the queue was sending too). Every action is in the activity
 * log.
 */
@ApplicationScoped
public class DeliveryActions {

    /** Delivery statuses staff may send again. Delivered leads and intake diagnoses are not. */
    static final Set<LeadStatus> RETRYABLE_BY_STAFF =
            EnumSet.of(
                    LeadStatus.PENDING,
                    LeadStatus.QUEUED,
                    LeadStatus.PENDING_NO_ORDER,
                    LeadStatus.PENDING_MANUAL,
                    LeadStatus.REJECTED,
                    LeadStatus.AUTH_ERROR,
                    LeadStatus.FAILED,
                    LeadStatus.NO_CRM);

    /** The statuses the queue shows by default: waiting for an attempt, or failed. */
    public static final List<String> QUEUE_STATUSES =
            List.of(LeadStatus.PENDING.wire(), LeadStatus.QUEUED.wire(), LeadStatus.FAILED.wire());

    /** What a staff action came to. */
    public enum Outcome {
        /** The lead is back in the outbox, due now. */
        QUEUED("Lead remis en file d'envoi"),
        /** No such lead. */
        LEAD_NOT_FOUND("Lead non trouvé"),
        /** No such CRM (force-send). */
        CRM_NOT_FOUND("CRM non trouvé"),
        /** The lead's form no longer exists. */
        FORM_NOT_FOUND("Formulaire non trouvé"),
        /** Routing found no CRM able to take it now; it waits for a commande. */
        NO_TARGET("Aucun CRM avec commande active pour ce département/produit"),
        /** A worker is attempting it right now. */
        BUSY("Envoi en cours, réessayez dans un instant"),
        /** Delivered already, or an intake diagnosis: not sent again. */
        NOT_RETRYABLE("Ce lead ne peut pas être renvoyé dans son statut actuel");

        private final String message;

        Outcome(String message) {
            this.message = message;
        }

        /** The French message for staff. */
        public String message() {
            return message;
        }
    }

    /**
     * The result of a staff action.
     *
     * @param outcome what happened
     * @param lead the lead after it (empty when not found)
     */
    public record Result(Outcome outcome, Optional<Lead> lead) {}

    /**
     * The queue's counts.
     *
     * @param byStatus leads per delivery status
     * @param processing leads a worker holds now
     * @param addedLast24h leads received in the last 24 hours
     * @param completedLast24h leads delivered in the last 24 hours
     */
    public record Stats(
            Map<String, Long> byStatus,
            long processing,
            long addedLast24h,
            long completedLast24h) {}

    @Inject LeadRepository leads;
    @Inject DeliveryQueue queue;
    @Inject LeadRouting routing;
    @Inject FormReferences forms;
    @Inject DeliveryBreakers breakers;
    @Inject ActivityJournal journal;
    @Inject Clock clock;

    /** Routes the lead again with today's rules and queues it (SPEC-seed §10, asynchronous). */
    public Result retry(LeadId id, Actor actor, String ip) {
        return send(id, Optional.empty(), actor, ip);
    }

    /** Sends the lead to {@code crm}, whatever the form's cross-CRM rule. */
    public Result forceSend(LeadId id, CrmId crm, Actor actor, String ip) {
        return send(id, Optional.of(crm), actor, ip);
    }

    private Result send(LeadId id, Optional<CrmId> crm, Actor actor, String ip) {
        Optional<Lead> found = leads.find(id);
        if (found.isEmpty()) {
            return new Result(Outcome.LEAD_NOT_FOUND, Optional.empty());
        }
        Lead lead = found.get();
        Instant now = clock.instant();
        String before = lead.apiStatus();
        Optional<LeadStatus> status = lead.deliveryStatus();
        if (status.isEmpty() || !RETRYABLE_BY_STAFF.contains(status.get())) {
            return new Result(Outcome.NOT_RETRYABLE, found);
        }
        if (lead.leasedAt(now)) {
            return new Result(Outcome.BUSY, found);
        }
        Optional<Form> form = lead.form().flatMap(f -> forms.resolve(f.value()));
        if (form.isEmpty()) {
            return new Result(Outcome.FORM_NOT_FOUND, found);
        }
        RoutingDecision decision;
        if (crm.isPresent()) {
            Optional<RoutingDecision> forced = routing.decideFor(lead, form.get(), crm.get(), now);
            if (forced.isEmpty()) {
                return new Result(Outcome.CRM_NOT_FOUND, found);
            }
            decision = forced.get();
        } else {
            decision = routing.decide(lead, form.get(), now);
        }
        lead.releaseLease();
        lead.route(decision, now);
        lead.retried(now, actor.user().value());
        lead.log(
                new TimelineEntry(
                        now,
                        "retry",
                        (crm.isPresent() ? "Envoi forcé" : "Relance") + " par " + actor.email()));
        if (!queue.saveIfIdle(lead, before, now)) {
            return new Result(Outcome.BUSY, found);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", crm.isPresent() ? "force_send" : "retry");
        details.put("before", before);
        details.put("after", lead.apiStatus());
        details.put("crm", lead.targetCrmSlug().map(s -> s.value()).orElse(""));
        journal.record(
                actor,
                ActivityAction.RETRY,
                new Subject("lead", id.value(), lead.prospect().nom()),
                details,
                ip);
        return new Result(
                decision.routed() ? Outcome.QUEUED : Outcome.NO_TARGET, Optional.of(lead));
    }

    /** Puts every {@code failed} lead back in the outbox (the seed's "retry exhausted"). */
    public long resetFailed(Actor actor, String ip) {
        long count = queue.resetFailed(clock.instant(), actor.email());
        journal.record(
                actor,
                ActivityAction.RETRY,
                new Subject("queue", "failed", "Leads en échec"),
                Map.of("action", "retry_exhausted", "reset_count", count),
                ip);
        return count;
    }

    /** The queue's counts now. */
    public Stats stats() {
        Instant now = clock.instant();
        Instant dayAgo = now.minus(Duration.ofHours(24));
        return new Stats(
                leads.countByApiStatus(),
                queue.countLeased(now),
                leads.countSince(dayAgo),
                queue.countDeliveredSince(dayAgo));
    }

    /** Up to {@code limit} leads of the queue (one status, or the default ones). */
    public List<Lead> items(Optional<LeadStatus> status, int limit) {
        return queue.withStatus(status.map(s -> List.of(s.wire())).orElse(QUEUE_STATUSES), limit);
    }

    /** The key the lead is sent with, masked; empty when none. */
    public String maskedKey(Lead lead) {
        Optional<Form> form = lead.form().flatMap(f -> forms.resolve(f.value()));
        return routing.keyFor(lead, form).map(Secrets::masked).orElse("");
    }

    /** This server's circuit breakers. */
    public List<CircuitBreaker.Snapshot> breakers() {
        return breakers.snapshots();
    }
}
