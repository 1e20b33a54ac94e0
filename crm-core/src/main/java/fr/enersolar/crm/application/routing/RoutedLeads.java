package fr.enersolar.crm.application.routing;

import fr.enersolar.crm.domain.model.commande.CommandeId;
import java.time.Instant;

/** Counts the leads a commande took, for its caps (served by the store's index on them). */
public interface RoutedLeads {

    /** Leads routed to {@code commande} at or after {@code since}. */
    long routedSince(CommandeId commande, Instant since);
}
