package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.leadbrowser.LeadBrowser;
import fr.enersolar.crm.application.leadbrowser.LeadFilter;
import fr.enersolar.crm.application.leadbrowser.LeadSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The lead table's rows, one page at a time from the store (PrimeFaces lazy loading): the filter
 * comes from the page's filter form, not from the table's columns; the order is fixed, newest
 * first. Rows of the page shown can be selected (bulk actions).
 */
public class LeadTableModel extends LazyDataModel<LeadSummary> {

    private static final long serialVersionUID = 1L;

    private final LeadBrowser browser;
    private LeadFilter filter = LeadFilter.none();
    private boolean countCapped;
    private transient Map<String, LeadSummary> shown = new LinkedHashMap<>();

    LeadTableModel(LeadBrowser browser) {
        this.browser = browser;
    }

    void filter(LeadFilter newFilter) {
        this.filter = newFilter;
    }

    /** The selection the table shows now. */
    LeadFilter filter() {
        return filter;
    }

    /** True when the selection holds more leads than were counted. */
    public boolean isCountCapped() {
        return countCapped;
    }

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        long count = browser.count(filter);
        countCapped = count >= LeadBrowser.COUNT_CAP;
        return (int) count;
    }

    @Override
    public List<LeadSummary> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> columnFilters) {
        List<LeadSummary> rows =
                browser.page(filter, first, Math.min(pageSize, LeadBrowser.MAX_PAGE_SIZE));
        Map<String, LeadSummary> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(row.id(), row));
        shown = byKey;
        return rows;
    }

    @Override
    public String getRowKey(LeadSummary row) {
        return row.id();
    }

    @Override
    public LeadSummary getRowData(String rowKey) {
        // Rows are selected on the page shown: the bulk actions take them by id.
        return shown == null ? null : shown.get(rowKey);
    }
}
