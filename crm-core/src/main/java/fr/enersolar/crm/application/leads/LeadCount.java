package fr.enersolar.crm.application.leads;

/**
 * How many leads a selection holds. Counting stops at a cap (a count walks every matching index
 * entry): {@code exact} is false when the selection holds at least {@code value} leads.
 */
public record LeadCount(long value, boolean exact) {}
