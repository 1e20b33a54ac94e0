package fr.enersolar.crm.application.catalogue;

/**
 * The funnel of a landing page (SPEC-seed §13): its visits and CTA clicks, the starts of its form
 * and every lead of that form.
 */
public record LpStats(long visits, long ctaClicks, long formStarts, long formSubmits) {

    public static final LpStats NONE = new LpStats(0, 0, 0, 0);
}
