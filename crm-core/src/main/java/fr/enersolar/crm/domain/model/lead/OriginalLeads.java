package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Which accepted lead is the original for a phone number and a product: a later lead of the same
 * phone and product within the duplicate window repeats it. One record per phone and product,
 * decided by the store, so the lookup costs one read by key however many leads there are.
 */
public interface OriginalLeads {

    /**
     * Makes {@code candidate} the original for this phone and product, unless an original was
     * registered within {@code window}.
     *
     * @return empty when {@code candidate} is now the original; otherwise the original it repeats
     */
    Optional<LeadId> claim(
            String phoneE164, ProductType product, LeadId candidate, Instant now, Duration window);

    /** Withdraws {@code candidate} as the original (its lead could not be stored). */
    void release(String phoneE164, ProductType product, LeadId candidate);
}
