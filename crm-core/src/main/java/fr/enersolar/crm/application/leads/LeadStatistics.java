package fr.enersolar.crm.application.leads;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Lead figures computed by the store (counts and aggregations), never from loaded leads. */
public interface LeadStatistics {

    /** How many live leads there are. */
    long total();

    /** How many live leads have each of these delivery statuses ({@code api_status}). */
    Map<String, Long> countByStatus(List<String> statuses);

    /** The selected leads by département, product, source and delivery status. */
    DepartementBreakdown breakdown(LeadCriteria criteria);

    /**
     * The selected leads per period: one count per interval {@code [starts[i], starts[i+1])}, so
     * {@code starts} holds one more instant than the result has entries.
     */
    List<ProductCounts> perInterval(LeadCriteria criteria, List<Instant> starts);
}
