package fr.enersolar.crm.web.api.queue;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.edge.errors.ErrorResponses;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery queue (SPEC-seed §5.3 "Queue"), over the outbox: the queue is the leads awaiting or
 * having failed delivery, not a separate collection.
 *
 * <ul>
 *   <li>{@code GET /api/queue/stats}: leads per delivery status, with the seed's {@code pending},
 *       {@code processing} (held by a worker now), {@code success} (delivered, duplicates
 *       included), {@code failed}, {@code exhausted} (always 0: a lead whose attempts are used up
 *       is {@code failed}), {@code total}, {@code by_status} for every status, and {@code
 *       last_24h:{added, completed}}.
 *   <li>{@code GET /api/queue/items?status&limit=50}: the leads of one delivery status ({@code
 *       pending}, {@code queued}, {@code failed}…; by default those three), the most overdue first,
 *       at most 200, key masked.
 *   <li>{@code POST /api/queue/retry-exhausted} (admin): every {@code failed} lead back in the
 *       outbox, due now, attempts counted afresh → {@code {success, reset_count}}.
 *   <li>{@code GET /api/queue/breakers}: this server's circuit breakers, one per partner.
 * </ul>
 *
 * {@code POST /api/queue/process} and {@code DELETE /api/queue/clear-completed} are not offered:
 * workers run continuously, and there are no queue entries apart from the leads.
 */
@Path("queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    static final int MAX_ITEMS = 200;

    @Inject DeliveryActions actions;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject Clock clock;

    @GET
    @Path("stats")
    @Requires(Section.LEADS)
    public Response stats() {
        DeliveryActions.Stats stats = actions.stats();
        Map<String, Long> by = stats.byStatus();
        long pending = count(by, "pending") + count(by, "queued");
        long success = count(by, "success") + count(by, "duplicate");
        long failed = count(by, "failed");
        JsonObjectBuilder byStatus = JSON.createObjectBuilder();
        by.entrySet().stream()
                .filter(e -> e.getKey() != null)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> byStatus.add(e.getKey(), e.getValue()));
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("pending", pending)
                                .add("processing", stats.processing())
                                .add("success", success)
                                .add("failed", failed)
                                .add("exhausted", 0)
                                .add("total", pending + success + failed)
                                .add("by_status", byStatus)
                                .add(
                                        "last_24h",
                                        JSON.createObjectBuilder()
                                                .add("added", stats.addedLast24h())
                                                .add("completed", stats.completedLast24h()))
                                .build())
                .build();
    }

    private static long count(Map<String, Long> by, String status) {
        return by.getOrDefault(status, 0L);
    }

    @GET
    @Path("items")
    @Requires(Section.LEADS)
    public Response items(
            @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        Optional<LeadStatus> wanted = Optional.empty();
        if (status != null && !status.isBlank()) {
            try {
                wanted = Optional.of(LeadStatus.fromWire(status.trim()));
            } catch (IllegalArgumentException e) {
                return ErrorResponses.invalid("status", "statut inconnu : " + status.trim());
            }
        }
        if (limit < 1 || limit > MAX_ITEMS) {
            return ErrorResponses.invalid("limit", "doit être entre 1 et " + MAX_ITEMS);
        }
        Instant now = clock.instant();
        List<Lead> found = actions.items(wanted, limit);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (Lead lead : found) {
            items.add(DeliveryJson.item(lead, actions.maskedKey(lead), now));
        }
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("items", items)
                                .add("count", found.size())
                                .build())
                .build();
    }

    @POST
    @Path("retry-exhausted")
    @Requires(value = Section.LEADS, access = Access.ADMIN)
    public Response retryExhausted() {
        long reset = actions.resetFailed(staff.require().actor(), client.ip());
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("success", true)
                                .add("reset_count", reset)
                                .build())
                .build();
    }

    @GET
    @Path("breakers")
    @Requires(Section.LEADS)
    public Response breakers() {
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("breakers", DeliveryJson.breakers(actions.breakers()))
                                .build())
                .build();
    }
}
