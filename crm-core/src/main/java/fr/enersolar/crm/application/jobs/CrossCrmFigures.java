package fr.enersolar.crm.application.jobs;

import java.time.Instant;
import java.util.List;

/**
 * The cross-CRM figures of a window (SPEC-seed §12.1), counted by the store: delivered leads, the
 * cross-CRM ones per (origin = the CRM of the lead's account, destination = its target) with the
 * sum of their frozen prices, and the first cross-CRM leads for the details table.
 *
 * @param delivered leads delivered in the window ({@code success} or {@code duplicate})
 * @param crossCrm of which cross-CRM (including those whose origin is unknown)
 */
public record CrossCrmFigures(
        long delivered, long crossCrm, List<Flow> flows, List<Detail> details) {

    /** What {@code destination} owes {@code origin}: its leads, and their frozen prices summed. */
    public record Flow(String origin, String destination, long count, long amountCents) {}

    /** One cross-CRM lead, for the details table (the phone's last 4 digits only). */
    public record Detail(
            String leadId,
            String phoneEnding,
            String productType,
            String departement,
            String origin,
            String destination,
            long priceCents,
            Instant createdAt) {}

    /** A CRM's display name and slug. */
    public record CrmName(String name, String slug) {}
}
