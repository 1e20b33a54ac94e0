package fr.enersolar.crm.web.faces.dashboard;

/**
 * One line of a dashboard breakdown.
 *
 * @param label what is counted, in the page's language
 * @param count how many leads
 */
public record Breakdown(String label, long count) {}
