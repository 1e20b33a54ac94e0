package fr.enersolar.crm.application.leadbrowser;

import java.util.List;

/**
 * The store's side of the lead table: filtering, ordering (newest first, then by id, so pages never
 * overlap), projection and counting are done by the store.
 */
public interface LeadListing {

    /** The selected leads from {@code skip}, at most {@code limit} of them, newest first. */
    List<LeadSummary> rows(LeadFilter filter, int skip, int limit);

    /** How many leads are selected, counting no further than {@code cap}. */
    long count(LeadFilter filter, long cap);
}
