package fr.enersolar.crm.application.health;

import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the {@link SystemHealth} snapshot from counts the store computes (never loads leads). */
@ApplicationScoped
public class SystemHealthReport {

    /** Business days start at midnight in Paris (SPEC-seed §20: "today" boundaries). */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

    /**
     * Which lead delivery statuses ({@code api_status}) fall in each of the seed's queue states.
     * {@code duplicate} is delivered (the partner already had it), so it counts as a success.
     */
    private static final Map<String, String[]> DELIVERY_STATES =
            Map.of(
                    "pending", new String[] {"pending", "queued"},
                    "processing", new String[] {"processing"},
                    "success", new String[] {"success", "duplicate"},
                    "failed", new String[] {"failed"},
                    "exhausted", new String[] {"exhausted"});

    @Inject MongoStore store;
    @Inject LeadRepository leads;
    @Inject Clock clock;

    public SystemHealth snapshot() {
        Instant now = clock.instant();
        try {
            store.ping();
        } catch (RuntimeException e) {
            return new SystemHealth(now, "error: " + e.getMessage(), 0, 0, Map.of());
        }
        Instant midnight =
                LocalDate.ofInstant(now, BUSINESS_ZONE).atStartOfDay(BUSINESS_ZONE).toInstant();
        Map<String, Long> byApiStatus = leads.countByApiStatus();
        Map<String, Long> delivery = new LinkedHashMap<>();
        long total = 0;
        for (String state :
                new String[] {"pending", "processing", "success", "failed", "exhausted"}) {
            long count = 0;
            for (String status : DELIVERY_STATES.get(state)) {
                count += byApiStatus.getOrDefault(status, 0L);
            }
            delivery.put(state, count);
            total += count;
        }
        delivery.put("total", total);
        return new SystemHealth(now, null, leads.count(), leads.countSince(midnight), delivery);
    }
}
