package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.service.CircuitBreaker;
import fr.enersolar.crm.domain.service.CircuitBreakers;
import fr.enersolar.crm.infrastructure.config.RuleSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * This server's circuit breakers, one per partner, shared by its delivery workers and shown by
 * health and the admin API. Each server of a cluster keeps its own.
 */
@ApplicationScoped
public class DeliveryBreakers {

    @Inject RuleSettings rules;
    @Inject Clock clock;

    private volatile CircuitBreakers breakers;

    private CircuitBreakers breakers() {
        CircuitBreakers made = breakers;
        if (made == null) {
            synchronized (this) {
                if (breakers == null) {
                    breakers = rules.circuitBreakers(clock);
                }
                made = breakers;
            }
        }
        return made;
    }

    /** The breaker of {@code partner}. */
    public CircuitBreaker of(CrmSlug partner) {
        return breakers().of(partner);
    }

    /** Every partner's breaker that has seen a delivery, by slug. */
    public List<CircuitBreaker.Snapshot> snapshots() {
        return breakers().snapshots();
    }
}
