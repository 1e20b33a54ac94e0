package fr.enersolar.crm.web.faces.leads;

import fr.enersolar.crm.application.leadbrowser.LeadBrowser;
import fr.enersolar.crm.application.leadbrowser.LeadFilter;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/**
 * The leads page: a filter form (status, delivery, product, form, département, period) above a lazy
 * table paged by the store. A bad form code or département is reported on the page and the table
 * keeps its previous selection.
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

    private LeadTableModel model;
    private String status;
    private String delivery;
    private String product;
    private String form;
    private String departement;
    private String period = "all";
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        model = new LeadTableModel(browser);
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
        model.filter(
                new LeadFilter(
                        blank(status) ? null : LeadStatus.fromWire(status),
                        blank(delivery) ? null : delivery,
                        blank(product) ? null : ProductType.parse(product),
                        formCode,
                        dept,
                        range.from(),
                        range.to()));
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
