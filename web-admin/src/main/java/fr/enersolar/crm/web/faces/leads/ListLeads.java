package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.application.leadbrowser.LeadBrowser;
import fr.enersolar.crm.application.leadbrowser.LeadFilter;
import fr.enersolar.crm.application.leadbrowser.LeadSummary;
import fr.enersolar.crm.application.leads.BulkOutcome;
import fr.enersolar.crm.application.leads.LeadAdministration;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadExport;
import fr.enersolar.crm.application.leads.LeadParameters;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.leads.LeadCsv;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;

/**
 * The leads page: a filter form (status, delivery, product, form, département, period) above a lazy
 * table paged by the store. A bad form code or département is reported on the page and the table
 * keeps its previous selection.
 *
 * <p>Writers may select rows and archive or retry them together (the API's {@code POST
 * /api/leads/bulk} and retry, one by one, each in the activity log); everyone who sees the page may
 * download the filtered leads as the API's CSV export ({@code GET /api/leads/export.csv}, same
 * columns and rows, logged the same way).
 */
@Named
@ViewScoped
public class ListLeads implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Intake's conclusions (the lead's {@code status}): the diagnoses, duplicate and valid. */
    static final List<String> STATUSES =
            Arrays.stream(LeadStatus.values())
                    .filter(s -> s.ordinal() <= LeadStatus.PENDING.ordinal())
                    .map(LeadStatus::wire)
                    .toList();

    /** Delivery statuses ({@code api_status}) from {@code pending} on. */
    static final List<String> DELIVERIES =
            Arrays.stream(LeadStatus.values())
                    .filter(s -> s.ordinal() >= LeadStatus.PENDING.ordinal())
                    .map(LeadStatus::wire)
                    .toList();

    /** The table's client id in leads/list.xhtml. */
    static final String TABLE = ":leads-form:leads";

    @Inject LeadBrowser browser;
    @Inject Clock clock;
    @Inject LeadAdministration administration;
    @Inject DeliveryActions deliveryActions;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private LeadTableModel model;
    private String status;
    private String delivery;
    private String product;
    private String form;
    private String departement;
    private String period = "all";
    private LocalDate from;
    private LocalDate to;
    private List<LeadSummary> selected = new ArrayList<>();

    /** The applied filters as the API's export parameters; empty when it cannot express them. */
    private Map<String, String> exportParameters = new LinkedHashMap<>();

    private boolean exportable = true;

    @PostConstruct
    void init() {
        model = new LeadTableModel(browser);
    }

    /** Whether the caller may change leads (the bulk actions show). */
    public boolean isMayWrite() {
        return staff.identity().map(s -> s.mayWrite(Section.LEADS)).orElse(false);
    }

    /** Archives the selected leads ({@code POST /api/leads/bulk {action: "archive"}}). */
    @ActionRequires(value = Section.LEADS, access = Access.WRITE)
    public void archiveSelected() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<LeadId> ids = selectedIds();
        if (ids.isEmpty()) {
            Messages.error(context, "leads.bulk.none");
            return;
        }
        BulkOutcome outcome =
                administration.bulk(
                        staff.require(), LeadAdministration.BulkAction.ARCHIVE, ids, client.ip());
        Messages.info(
                context, "leads.bulk.archived", outcome.done().size(), outcome.notFound().size());
        selected = new ArrayList<>();
    }

    /** Sends the selected leads again, one retry each ({@code POST /api/leads/{id}/retry}). */
    @ActionRequires(value = Section.LEADS, access = Access.WRITE)
    public void retrySelected() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<LeadId> ids = selectedIds();
        if (ids.isEmpty()) {
            Messages.error(context, "leads.bulk.none");
            return;
        }
        int queued = 0;
        for (LeadId id : ids) {
            DeliveryActions.Result result =
                    deliveryActions.retry(id, staff.require().actor(), client.ip());
            if (result.outcome() == DeliveryActions.Outcome.QUEUED) {
                queued++;
            }
        }
        Messages.info(context, "leads.bulk.retried", queued, ids.size() - queued);
        selected = new ArrayList<>();
    }

    private List<LeadId> selectedIds() {
        List<LeadId> ids = new ArrayList<>();
        if (selected != null) {
            for (LeadSummary row : selected) {
                if (row != null && ids.size() < LeadAdministration.MAX_BULK) {
                    ids.add(new LeadId(row.id()));
                }
            }
        }
        return ids;
    }

    /**
     * Writes the leads of the applied filters as the API's CSV export, and logs it as the API does.
     * The intake status "valid" has no API filter: that selection is refused with a message.
     */
    @ActionRequires(value = Section.LEADS, access = Access.READ)
    public void exportCsv() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!exportable) {
            Messages.error(context, "leads.export.unsupported");
            return;
        }
        LeadParameters params = LeadParameters.of(exportParameters);
        LeadCriteria criteria = params.criteria(clock.instant());
        if (!params.problems().isEmpty()) {
            Messages.error(context, "leads.export.unsupported");
            return;
        }
        LeadExport export =
                administration.export(staff.require(), criteria, exportParameters, client.ip());
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv;charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"leads_"
                        + LocalDate.now(clock.withZone(LeadParameters.BUSINESS_ZONE))
                        + ".csv\"");
        external.setResponseHeader("X-Export-Rows", Long.toString(export.rows()));
        external.setResponseHeader("X-Export-Truncated", Boolean.toString(export.truncated()));
        Writer out =
                new BufferedWriter(
                        new OutputStreamWriter(
                                external.getResponseOutputStream(), StandardCharsets.UTF_8));
        LeadCsv.header(out);
        try {
            export.source()
                    .accept(
                            row -> {
                                try {
                                    LeadCsv.row(out, row);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        context.responseComplete();
    }

    /** The API's export parameters for the table's filter (see {@link #exportCsv}). */
    private void rememberExport(LeadFilter applied) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean expressible = true;
        String apiStatus = applied.delivery();
        if (applied.status() != null) {
            String intake = applied.status().wire();
            if (applied.status() == LeadStatus.PENDING) {
                expressible = false; // "valid": every delivery status, no API filter
            } else if (apiStatus == null) {
                apiStatus = intake; // a diagnosis is also the lead's delivery status
            } else if (!apiStatus.equals(intake)) {
                expressible = false;
            }
        }
        if (apiStatus != null) {
            given.put("status", apiStatus);
        }
        if (applied.product() != null) {
            given.put("product_type", applied.product().name());
        }
        if (applied.form() != null) {
            given.put("form_code", applied.form().value());
        }
        if (applied.departement() != null) {
            given.put("departement", applied.departement().code());
        }
        if (applied.from() != null) {
            given.put("date_from", applied.from().toString());
        }
        if (applied.to() != null) {
            given.put("date_to", applied.to().toString());
        }
        exportParameters = given;
        exportable = expressible;
    }

    /** Applies the filter form to the table (which goes back to its first page). */
    public void search() {
        FacesContext context = FacesContext.getCurrentInstance();
        FormCode formCode = null;
        Departement dept = null;
        try {
            formCode = blank(form) ? null : new FormCode(form);
        } catch (IllegalArgumentException e) {
            Messages.error(context, "leads.filter.badForm", form);
        }
        try {
            dept = blank(departement) ? null : Departement.of(departement);
        } catch (IllegalArgumentException e) {
            Messages.error(context, "leads.filter.badDepartement", departement);
        }
        if ("custom".equals(period) && from != null && to != null && to.isBefore(from)) {
            Messages.error(context, "leads.filter.badPeriod");
        }
        if (!context.getMessageList().isEmpty()) {
            context.validationFailed();
            return;
        }
        Period range = Period.of(period, from, to, clock.instant());
        if (context.getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0); // a new selection starts on its first page
        }
        LeadFilter applied =
                new LeadFilter(
                        blank(status) ? null : LeadStatus.fromWire(status),
                        blank(delivery) ? null : delivery,
                        blank(product) ? null : ProductType.parse(product),
                        formCode,
                        dept,
                        range.from(),
                        range.to());
        model.filter(applied);
        rememberExport(applied);
        selected = new ArrayList<>();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public List<String> getDeliveries() {
        return DELIVERIES;
    }

    public List<String> getProducts() {
        return Arrays.stream(ProductType.values()).map(ProductType::name).toList();
    }

    public LeadTableModel getModel() {
        return model;
    }

    public List<LeadSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<LeadSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = delivery;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
