package fr.enersolar.crm.application.leads;

import java.util.List;

/**
 * One page of a staff lead list.
 *
 * @param rows the leads of the page, newest first
 * @param total how many leads the selection holds (see {@link LeadCount})
 * @param paging the page asked for
 * @param hasMore true when a next page has leads
 */
public record LeadList(List<LeadRow> rows, LeadCount total, Paging paging, boolean hasMore) {

    public LeadList {
        rows = List.copyOf(rows);
    }
}
