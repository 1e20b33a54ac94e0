package fr.enersolar.crm.application.routing;

import fr.enersolar.crm.domain.model.commande.CommandeId;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The units of commande caps taken so far, one counter per commande × period (day or week), each
 * taken atomically by the store: of two routings that both see one unit left, only one gets it,
 * whatever server or worker runs them.
 */
public interface CapCounters {

    /** The two periods a commande can be capped over. */
    enum Period {
        DAY,
        WEEK
    }

    /**
     * Takes one unit of {@code commande}'s cap for the period starting at {@code start} if fewer
     * than {@code cap} are taken. A counter that does not exist yet starts from {@code takenSoFar}
     * (the leads already routed to the commande in the period).
     *
     * @return true when the unit was taken, false when the cap is reached
     */
    boolean take(
            CommandeId commande, Period period, Instant start, long cap, LongSupplier takenSoFar);

    /** Gives back one unit taken by {@link #take} (a routing that did not keep it). */
    void giveBack(CommandeId commande, Period period, Instant start);
}
