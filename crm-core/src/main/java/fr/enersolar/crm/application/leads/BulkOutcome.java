package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.lead.LeadId;
import java.util.List;

/**
 * What a bulk action did.
 *
 * @param done the leads it applied to
 * @param notFound the ids with no lead to apply it to (already archived, or unknown)
 */
public record BulkOutcome(List<LeadId> done, List<LeadId> notFound) {

    public BulkOutcome {
        done = List.copyOf(done);
        notFound = List.copyOf(notFound);
    }
}
