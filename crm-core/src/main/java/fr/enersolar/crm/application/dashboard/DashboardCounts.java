package fr.enersolar.crm.application.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The counts the dashboard needs, computed by the store (count queries and aggregations over the
 * leads' reception time), never by loading leads.
 */
public interface DashboardCounts {

    /** How many leads were received at or after {@code since}. */
    long receivedSince(Instant since);

    /**
     * How many leads were received in each interval {@code [boundaries[i], boundaries[i+1])}: the
     * answer has one entry fewer than {@code boundaries}, which must be increasing.
     */
    List<Long> receivedPerInterval(List<Instant> boundaries);

    /**
     * How many leads received at or after {@code since} have each value of {@code dimension}; a
     * missing value counts under {@code ""}.
     */
    Map<String, Long> receivedSinceBy(LeadDimension dimension, Instant since);
}
