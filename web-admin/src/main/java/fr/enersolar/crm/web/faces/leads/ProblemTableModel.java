package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.leadbrowser.LeadBrowser;
import fr.enersolar.crm.application.leadbrowser.LeadFilter;
import fr.enersolar.crm.application.leadbrowser.LeadSummary;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One table of the rejected and failed leads page, a page at a time from the store, newest first,
 * each row with its reason read from the lead itself.
 */
public class ProblemTableModel extends LazyDataModel<ProblemRow> {

    private static final long serialVersionUID = 1L;

    /** Longest reason shown (a partner's answer can be long). */
    static final int MAX_REASON = 300;

    private final LeadBrowser browser;
    private final LeadFilter filter;
    private final boolean deliveries;

    ProblemTableModel(LeadBrowser browser, LeadFilter filter, boolean deliveries) {
        this.browser = browser;
        this.filter = filter;
        this.deliveries = deliveries;
    }

    @Override
    public int count(Map<String, FilterMeta> columnFilters) {
        return (int) browser.count(filter);
    }

    @Override
    public List<ProblemRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> columnFilters) {
        List<ProblemRow> rows = new ArrayList<>();
        for (LeadSummary summary :
                browser.page(filter, first, Math.min(pageSize, LeadBrowser.MAX_PAGE_SIZE))) {
            Optional<Lead> lead = browser.find(new LeadId(summary.id()));
            rows.add(new ProblemRow(summary, lead.map(this::reason).orElse(""), deliveries));
        }
        return rows;
    }

    private String reason(Lead lead) {
        String reason;
        if (deliveries) {
            reason =
                    lead.apiResponse() == null || lead.apiResponse().isBlank()
                            ? nullToEmpty(lead.queueReason())
                            : lead.apiResponse();
        } else if (lead.duplicateOf().isPresent()) {
            reason = "Doublon du lead " + lead.duplicateOf().get().value();
        } else {
            reason =
                    lead.errors().stream()
                            .map(e -> e.field() + " : " + e.reason())
                            .collect(Collectors.joining(" ; "));
        }
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getRowKey(ProblemRow row) {
        return row.lead().id();
    }

    @Override
    public ProblemRow getRowData(String rowKey) {
        return null; // rows are not selectable
    }
}
