package fr.enersolar.crm.application.leads;

/**
 * Where a lead sits: with the live leads, or archived. Archiving moves the lead document to a
 * collection of its own ({@code leads_archived}, as the seed did), so routing, delivery, intake's
 * duplicate checks and every statistic keep working on the live leads without a filter.
 */
public enum LeadShelf {
    ACTIVE,
    ARCHIVED
}
