package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.application.intake.FormReferences;
import fr.enersolar.crm.application.routing.LeadRouting;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.RoutingDecision;
import fr.enersolar.crm.domain.service.NoOrderPolicy;
import fr.enersolar.crm.infrastructure.config.RuleSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The wait for a commande (SPEC-seed §19.8): leads stored {@code pending_no_order} are routed again
 * while their wait lasts, and go to the outbox as soon as a commande takes them; once the wait is
 * over they become {@code pending_manual}. A lead nothing takes yet is left as it is (no timeline
 * entry per review). Each review looks at up to {@link #BATCH} waiting leads; the delivery workers
 * run it every minute.
 */
@ApplicationScoped
public class NoOrderReview {

    /** Waiting leads looked at per review. */
    static final int BATCH = 500;

    @Inject DeliveryQueue queue;
    @Inject LeadRouting routing;
    @Inject FormReferences forms;
    @Inject RuleSettings rules;
    @Inject Clock clock;

    /**
     * Reviews the waiting leads once.
     *
     * @return how many leads left the wait (routed, or handed to staff)
     */
    public int review() {
        Instant now = clock.instant();
        NoOrderPolicy policy = rules.noOrderPolicy();
        String waiting = LeadStatus.PENDING_NO_ORDER.wire();
        int moved = 0;
        for (Lead lead : queue.withStatus(List.of(waiting), BATCH)) {
            if (policy.review(lead.createdAt(), now) == NoOrderPolicy.Review.MANUAL) {
                lead.awaitManualDecision(policy.waitTime(), now);
                moved += queue.saveIfIdle(lead, waiting, now) ? 1 : 0;
                continue;
            }
            Optional<Form> form = lead.form().flatMap(f -> forms.resolve(f.value()));
            if (form.isEmpty()) {
                continue;
            }
            RoutingDecision decision = routing.decide(lead, form.get(), now);
            if (decision.routed()) {
                lead.route(decision, now);
                moved += queue.saveIfIdle(lead, waiting, now) ? 1 : 0;
            }
        }
        return moved;
    }
}
