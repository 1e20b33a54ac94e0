package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.lead.LeadId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Time-limited claims of a key by a lead: kept in the store, or in memory for the embedded one. */
interface Claims {

    /** Empty when the claim is {@code candidate}'s now; else the lead holding it within window. */
    Optional<LeadId> claim(String key, LeadId candidate, Instant now, Duration window);

    /** Takes the claim over whoever holds it. */
    void takeOver(String key, LeadId candidate, Instant now);

    /** Gives up {@code candidate}'s claim, if it still holds it. */
    void release(String key, LeadId candidate);
}
