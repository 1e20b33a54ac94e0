package fr.enersolar.crm.domain.service;

/**
 * How many leads a commande has taken in the current day and week (Paris time, see {@link
 * CapPeriods}), counted by the caller, for routing to check the commande's caps.
 *
 * @param today leads taken since the start of today
 * @param thisWeek leads taken since the start of this week (Monday)
 */
public record CommandeUsage(long today, long thisWeek) {

    /** A commande that took nothing yet. */
    public static final CommandeUsage NONE = new CommandeUsage(0, 0);

    public CommandeUsage {
        if (today < 0 || thisWeek < 0) {
            throw new IllegalArgumentException("usage cannot be negative");
        }
    }
}
