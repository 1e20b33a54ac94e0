package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.domain.model.lead.LeadId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The leads this server just made due (a lead taken in and routed), handed to its delivery workers
 * at once: a worker claims such a lead by id, as soon as it is stored, instead of finding it at the
 * next look for due leads (on the embedded store, a scan of every lead).
 *
 * <p>A hint is only a shortcut. The claim is the outbox's usual compare-and-set, so a lead another
 * worker or server took meanwhile is skipped; and a hint dropped (the queue full, the server
 * stopped) leaves the lead due in the store, where the next look finds it.
 */
@ApplicationScoped
public class DeliveryHints {

    /** Hints kept at most; beyond, the periodic look finds the leads. */
    static final int CAPACITY = 10_000;

    private final ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private volatile Runnable listener;

    /**
     * Hands a lead due now to the workers (told at once through the listener); dropped when no
     * workers listen (delivery off on this server).
     */
    public void offer(LeadId lead) {
        Runnable onOffer = listener;
        if (onOffer == null) {
            return;
        }
        if (size.incrementAndGet() > CAPACITY) {
            size.decrementAndGet();
            return;
        }
        ids.add(lead.value());
        onOffer.run();
    }

    /** The oldest hint, if any. */
    public Optional<String> poll() {
        String id = ids.poll();
        if (id != null) {
            size.decrementAndGet();
        }
        return Optional.ofNullable(id);
    }

    /** Hints waiting. */
    public int size() {
        return size.get();
    }

    /**
     * Called at each offer (the workers starting one of theirs); replaces any earlier one; {@code
     * null}: no one listens, offers are dropped.
     */
    void listen(Runnable onOffer) {
        listener = onOffer;
    }
}
