package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.application.intake.FormReferences;
import fr.enersolar.crm.application.routing.LeadRouting;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import fr.enersolar.crm.domain.service.CircuitBreaker;
import fr.enersolar.crm.domain.service.DeliveryOutcome;
import fr.enersolar.crm.domain.service.DeliveryPolicy;
import fr.enersolar.crm.domain.service.DeliveryStep;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import fr.enersolar.crm.infrastructure.config.RuleSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One delivery attempt of the outbox: claims a due lead with a lease, calls its partner's connector
 * outside any lock, classifies the answer with the {@link DeliveryPolicy}, and writes the attempt
 * back only while it still holds the lease (a worker whose lease expired and was reclaimed never
 * writes over the one that reclaimed it). Every attempt is on the lead's timeline with the request
 * and the response, keys masked.
 *
 * <p>The partner's circuit breaker is asked first: while it is open the lead is postponed to the
 * end of the cool-down without counting an attempt. A lead stored {@code pending} without a target
 * (routing failed at intake) is routed here first.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @Inject DeliveryQueue queue;
    @Inject Instance<ConnectorRegistry> registry;
    @Inject LeadRouting routing;
    @Inject FormReferences forms;
    @Inject DeliveryBreakers breakers;
    @Inject RuleSettings rules;
    @Inject CrmConfig config;
    @Inject Clock clock;

    volatile DeliveryPolicy policy;

    /** How long a claim holds a lead. */
    public Duration lease() {
        return Duration.ofSeconds(Math.max(1, config.intValue(ConfigKey.DELIVERY_LEASE_SECONDS)));
    }

    private DeliveryPolicy policy() {
        DeliveryPolicy p = policy;
        if (p == null) {
            p = rules.deliveryPolicy();
            policy = p;
        }
        return p;
    }

    /**
     * Claims one due lead for {@code owner} and attempts it.
     *
     * @return false when no lead was due
     */
    public boolean deliverOne(String owner) {
        Instant now = clock.instant();
        Optional<Lead> claimed = queue.claimDue(owner, now, now.plus(lease()));
        claimed.ifPresent(lead -> attemptClaimed(lead, owner));
        return claimed.isPresent();
    }

    /**
     * The same for the lead of a {@link DeliveryHints hint} only: false when no hinted lead could
     * be claimed (nothing else is looked for).
     */
    public boolean deliverHinted(String owner) {
        Instant now = clock.instant();
        Optional<Lead> claimed = queue.claimHinted(owner, now, now.plus(lease()));
        claimed.ifPresent(lead -> attemptClaimed(lead, owner));
        return claimed.isPresent();
    }

    private void attemptClaimed(Lead lead, String owner) {
        try {
            attempt(lead, owner);
        } catch (RuntimeException e) {
            // The lease expires and another attempt follows; nothing is lost.
            LOG.log(Level.WARNING, "Delivery of " + lead.id() + " failed unexpectedly", e);
        }
    }

    /** Attempts a lead {@code owner} holds. */
    void attempt(Lead lead, String owner) {
        Optional<Form> form = lead.form().flatMap(f -> forms.resolve(f.value()));
        if (lead.targetCrm().isEmpty()) {
            routeFirst(lead, form, owner);
            return;
        }
        CrmId crm = lead.targetCrm().get();
        CrmSlug slug = lead.targetCrmSlug().orElseThrow();
        Optional<String> key = routing.keyFor(lead, form);
        Optional<CrmConnector> connector =
                registry.isResolvable() ? registry.get().connectorFor(crm) : Optional.empty();
        DeliveryResult result;
        if (key.isEmpty()) {
            result =
                    DeliveryResult.builder(DeliveryResult.Outcome.AUTH_FAILED)
                            .reason("no_api_key")
                            .response("Clé API CRM non configurée pour ce lead")
                            .build();
        } else if (connector.isEmpty()) {
            result =
                    DeliveryResult.builder(DeliveryResult.Outcome.RETRYABLE)
                            .reason("no_connector")
                            .response("Aucun connecteur installé pour le CRM " + slug.value())
                            .build();
        } else {
            CircuitBreaker breaker = breakers.of(slug);
            Optional<CircuitBreaker.Permit> permit = breaker.tryAcquire();
            if (permit.isEmpty()) {
                Instant until = breaker.retryAt().orElse(clock.instant().plusSeconds(1));
                lead.postponeDelivery(until);
                queue.saveIfLeased(lead, owner);
                return;
            }
            result = call(connector.get(), lead, key.get());
            breaker.record(permit.get(), outcomeOf(result));
        }
        record(lead, owner, slug, result, key);
    }

    private static DeliveryResult call(CrmConnector connector, Lead lead, String key) {
        long started = System.nanoTime();
        try {
            return connector.deliver(LeadPayloads.of(lead, key));
        } catch (RuntimeException e) {
            return DeliveryResult.builder(DeliveryResult.Outcome.RETRYABLE)
                    .reason(DeliveryResult.REASON_ERROR)
                    .response(e.getClass().getSimpleName() + ": " + e.getMessage())
                    .duration(Duration.ofNanos(System.nanoTime() - started))
                    .build();
        }
    }

    static DeliveryOutcome outcomeOf(DeliveryResult result) {
        return DeliveryOutcome.valueOf(result.outcome().name());
    }

    private void record(
            Lead lead, String owner, CrmSlug slug, DeliveryResult result, Optional<String> key) {
        Instant at = clock.instant();
        int attempt = lead.deliveryAttempts() + 1;
        DeliveryStep step = policy().afterAttempt(outcomeOf(result), attempt, at);
        String response = Secrets.mask(result.response(), key);
        lead.recordAttempt(
                step.status(),
                step.nextAttemptAt(),
                response,
                at,
                summary(attempt, slug, result, step, key));
        if (!queue.saveIfLeased(lead, owner)) {
            LOG.warning(
                    "Lease of lead "
                            + lead.id()
                            + " was lost during its attempt; its result is left to the new holder");
        }
    }

    private String summary(
            int attempt,
            CrmSlug slug,
            DeliveryResult result,
            DeliveryStep step,
            Optional<String> key) {
        StringBuilder text =
                new StringBuilder("Tentative ")
                        .append(attempt)
                        .append('/')
                        .append(policy().backoff().maxAttempts())
                        .append(" vers ")
                        .append(slug.value())
                        .append(" : ")
                        .append(result.reason());
        result.httpStatus().ifPresent(s -> text.append(" (HTTP ").append(s).append(')'));
        text.append(" en ").append(result.duration().toMillis()).append(" ms");
        text.append(" → ").append(step.status().wire());
        step.nextAttemptAt().ifPresent(n -> text.append(", prochaine tentative à ").append(n));
        if (!result.request().isEmpty()) {
            text.append("\nRequête : ").append(Secrets.mask(result.request(), key));
        }
        if (!result.response().isEmpty()) {
            text.append("\nRéponse : ").append(Secrets.mask(result.response(), key));
        }
        return text.toString();
    }

    private void routeFirst(Lead lead, Optional<Form> form, String owner) {
        Instant at = clock.instant();
        if (form.isEmpty()) {
            lead.log(new TimelineEntry(at, "routing", "Formulaire introuvable : lead non routé"));
            lead.leaveUnrouted("form_not_found");
        } else {
            routing.route(lead, form.get(), at);
        }
        lead.releaseLease();
        queue.saveIfLeased(lead, owner);
    }

    /** True when the lead still waits for an attempt (used by tests). */
    static boolean awaiting(Lead lead) {
        return lead.deliveryStatus().map(LeadStatus::awaitsDelivery).orElse(false);
    }
}
