package fr.enersolar.crm.application.health;

import java.time.Instant;
import java.util.Map;

/**
 * What {@code GET /api/health} reports (SPEC-seed §5.1): whether the store answers, how many leads
 * there are, and how many wait in each delivery state.
 *
 * @param storeError null when the store answered, else why it did not
 * @param delivery counts per delivery state: pending, processing, success, failed, exhausted, total
 */
public record SystemHealth(
        Instant at,
        String storeError,
        long leadsTotal,
        long leadsToday,
        Map<String, Long> delivery) {

    public boolean healthy() {
        return storeError == null;
    }
}
