package fr.enersolar.crm.testing;

import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.connector.spi.LeadPayload;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A connector that answers every lead with the outcome a test sets, and counts the sends. */
public final class ScriptedConnector implements CrmConnector {

    private final AtomicReference<DeliveryResult.Outcome> answer =
            new AtomicReference<>(DeliveryResult.Outcome.ACCEPTED);
    private final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    public ScriptedConnector answer(DeliveryResult.Outcome outcome) {
        answer.set(outcome);
        return this;
    }

    @Override
    public DeliveryResult deliver(LeadPayload lead) {
        sends.computeIfAbsent(lead.leadId(), id -> new AtomicInteger()).incrementAndGet();
        keys.add(lead.apiKey());
        DeliveryResult.Outcome outcome = answer.get();
        return DeliveryResult.builder(outcome)
                .httpStatus(
                        switch (outcome) {
                            case ACCEPTED -> 201;
                            case DUPLICATE -> 200;
                            case REJECTED -> 400;
                            case AUTH_FAILED -> 403;
                            case RETRYABLE -> 503;
                        })
                .request(
                        "{\"phone\":\""
                                + lead.get(fr.enersolar.crm.connector.spi.LeadField.PHONE)
                                + "\",\"Authorization\":\""
                                + lead.apiKey()
                                + "\"}")
                .response("{\"message\":\"" + outcome + "\"}")
                .build();
    }

    /** Sends of each lead id. */
    public Map<String, AtomicInteger> sends() {
        return sends;
    }

    public int sendsOf(String leadId) {
        AtomicInteger n = sends.get(leadId);
        return n == null ? 0 : n.get();
    }

    public int totalSends() {
        return sends.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    public List<String> keys() {
        return keys;
    }

    @Override
    public void close() {}
}
