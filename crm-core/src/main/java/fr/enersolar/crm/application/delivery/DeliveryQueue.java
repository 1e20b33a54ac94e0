package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.domain.model.lead.Lead;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The delivery outbox: the stored leads themselves, read and written with leases so that a lead is
 * attempted by one worker at a time, on one server or several sharing the store.
 */
public interface DeliveryQueue {

    /**
     * Atomically takes the most overdue lead awaiting delivery ({@code pending} or {@code queued},
     * due at {@code now}, lease free or expired) for {@code owner} until {@code leaseUntil}.
     *
     * @return the lead as stored after the claim; empty when nothing is due
     */
    Optional<Lead> claimDue(String owner, Instant now, Instant leaseUntil);

    /**
     * Atomically takes the lead of the oldest {@link DeliveryHints hint} that is still due and
     * free, as {@link #claimDue} does, without looking for other due leads.
     *
     * @return the lead as stored after the claim; empty when no hinted lead could be taken
     */
    Optional<Lead> claimHinted(String owner, Instant now, Instant leaseUntil);

    /**
     * Writes the lead back only while {@code owner} still holds its lease: a worker whose lease
     * expired and was taken by another never overwrites the other's work.
     *
     * @return false when the lease was lost (nothing written)
     */
    boolean saveIfLeased(Lead lead, String owner);

    /**
     * Writes a staff change to the lead only when no worker holds it at {@code now} and its
     * delivery status is still {@code expectedApiStatus}.
     *
     * @return false when a worker holds it or its status changed meanwhile (nothing written)
     */
    boolean saveIfIdle(Lead lead, String expectedApiStatus, Instant now);

    /** Leads a worker holds at {@code now} (an attempt in progress). */
    long countLeased(Instant now);

    /** Leads delivered ({@code sent_at}) at or after {@code since}. */
    long countDeliveredSince(Instant since);

    /** Up to {@code limit} leads with one of these delivery statuses, the most overdue first. */
    List<Lead> withStatus(Collection<String> apiStatuses, int limit);

    /**
     * Puts every {@code failed} lead back in the queue: {@code pending}, due at {@code now}, its
     * attempts counted afresh, a timeline entry saying who did it.
     *
     * @return how many leads were reset
     */
    long resetFailed(Instant now, String by);
}
