package fr.enersolar.crm.web.faces.departements;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.application.leads.DepartementBreakdown;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadFigures;
import fr.enersolar.crm.application.leads.LeadParameters;
import fr.enersolar.crm.application.leads.ProductCounts;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.Departements;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.layout.ViewParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The départements statistics page ({@code departements/stats.xhtml?period=…&product=…&crm=…},
 * SPEC-seed §17 "Départements"), from the same {@link LeadFigures} aggregation as {@code GET
 * /api/stats/departements}: the period (today, 7 days, 30 days, all), a product and the CRM the
 * leads were routed to, chosen by links; the total and per-product figures, leads per département
 * as a Chart.js bar chart (PrimeFaces {@code p:chart}) and a table (code, name, total, PV, PAC,
 * ITE), the table by source and the breakdown by delivery status.
 */
@Named
@RequestScoped
public class ShowDepartementStats {

    /** The periods offered, by their API names, and {@code all} for every lead. */
    static final List<String> PERIODS = List.of("today", "week", "month", "all");

    private static final String BAR_COLOUR = "#f59e0b";

    /** Statuses the seed's breakdown always lists, even at zero. */
    private static final List<String> SEED_STATUSES =
            List.of("success", "failed", "no_crm", "queued", "duplicate");

    @Inject LeadFigures figures;
    @Inject Crms crms;
    @Inject Clock clock;

    private String period = "month";
    private String product;
    private String crm;
    private String departements;
    private List<String> selected;
    private DepartementBreakdown breakdown;
    private List<DepartementLine> perDepartement = List.of();
    private List<DepartementLine> perSource = List.of();
    private Map<String, Long> perStatus = Map.of();
    private List<Crm> crmList = List.of();
    private String chart;

    /** The page's view action. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        crmList = crms.list();
        Map<String, String> given = new LinkedHashMap<>();
        if (!period.equals("all")) {
            given.put("period", period);
        }
        if (product != null) {
            given.put("product_type", product);
        }
        if (crm != null) {
            given.put("crm_id", crm);
        }
        if (departements != null) {
            given.put("departements", departements);
        }
        LeadParameters params = LeadParameters.of(given);
        LeadCriteria criteria = params.criteria(clock.instant());
        if (!params.problems().isEmpty()) {
            params.problems()
                    .forEach(
                            p ->
                                    Messages.error(
                                            context, "catalogue.invalid", p.field(), p.reason()));
            criteria = LeadCriteria.any();
        }
        breakdown = figures.departements(criteria);
        perDepartement =
                breakdown.byDepartement().entrySet().stream()
                        .map(e -> line(e.getKey(), departementName(e.getKey()), e.getValue()))
                        .toList();
        perSource =
                breakdown.bySource().entrySet().stream()
                        .map(e -> line(e.getKey(), "", e.getValue()))
                        .toList();
        Map<String, Long> statuses = new LinkedHashMap<>();
        SEED_STATUSES.forEach(s -> statuses.put(s, 0L));
        statuses.putAll(breakdown.byStatus());
        perStatus = statuses;
        chart = chartOf(context, perDepartement);
    }

    private static DepartementLine line(String code, String name, ProductCounts counts) {
        return new DepartementLine(
                code,
                name,
                counts.total(),
                counts.of(ProductType.PV),
                counts.of(ProductType.PAC),
                counts.of(ProductType.ITE));
    }

    private static String departementName(String code) {
        return Departements.byCode(code).map(Departement::nom).orElse("");
    }

    /** A Chart.js bar chart of leads per département, as {@code p:chart} takes it. */
    private static String chartOf(FacesContext context, List<DepartementLine> lines) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder counts = JSON.createArrayBuilder();
        for (DepartementLine line : lines) {
            labels.add(line.code().isEmpty() ? "?" : line.code());
            counts.add(line.total());
        }
        JsonObjectBuilder dataset =
                JSON.createObjectBuilder()
                        .add("label", Messages.text(context, "departements.chart.leads"))
                        .add("data", counts)
                        .add("backgroundColor", BAR_COLOUR);
        JsonObjectBuilder yAxis =
                JSON.createObjectBuilder()
                        .add("beginAtZero", true)
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder options =
                JSON.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add(
                                "plugins",
                                JSON.createObjectBuilder()
                                        .add(
                                                "legend",
                                                JSON.createObjectBuilder().add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add("y", yAxis));
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        JSON.createObjectBuilder()
                                .add("labels", labels)
                                .add("datasets", JSON.createArrayBuilder().add(dataset)))
                .add("options", options)
                .build()
                .toString();
    }

    /** The leads of a product in the selection. */
    public long productCount(String productCode) {
        return breakdown == null ? 0 : breakdown.byProduct().getOrDefault(productCode, 0L);
    }

    public List<String> getPeriods() {
        return PERIODS;
    }

    public List<String> getProducts() {
        return Arrays.stream(ProductType.values()).map(Enum::name).toList();
    }

    public String getPeriod() {
        return period;
    }

    /** One of {@link #PERIODS}; anything else is the default, 30 days. */
    public void setPeriod(String period) {
        this.period = period != null && PERIODS.contains(period) ? period : "month";
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product =
                product != null && getProducts().contains(product.trim().toUpperCase())
                        ? product.trim().toUpperCase()
                        : null;
    }

    public String getCrm() {
        return crm;
    }

    // --- ui-gaps: the départements filter (a multi-select, as ?departements=13,2A on the API) ---

    /** The chosen départements, comma-separated, as the view parameter; null for all. */
    public String getDepartements() {
        return departements;
    }

    public void setDepartements(String departements) {
        this.departements =
                departements == null || departements.isBlank() ? null : departements.trim();
    }

    /**
     * The départements ticked in the multi-select: those submitted, else those of the address (the
     * two are set in no defined order on a postback).
     */
    public List<String> getSelected() {
        if (selected != null) {
            return selected;
        }
        return departements == null
                ? List.of()
                : Arrays.stream(departements.split(","))
                        .map(String::trim)
                        .filter(c -> !c.isEmpty())
                        .toList();
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? List.of() : List.copyOf(selected);
    }

    /** The départements the multi-select offers: the 96 metropolitan ones (Corsica as 2A, 2B). */
    public List<Departement> getDepartementChoices() {
        return Departements.metropolitan();
    }

    /**
     * Applies the ticked départements: the same page with them in its address (a plain redirect:
     * the navigation would add the unset view parameters as {@code null}).
     */
    public void filter() throws java.io.IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        // The page's period, product and CRM as the button sends them (a view parameter left unset
        // may come back from a postback's state as the text "null").
        Map<String, String> sent = context.getExternalContext().getRequestParameterMap();
        setPeriod(sent.get("period"));
        setProduct(sent.get("product"));
        String chosenCrm = ViewParameters.id(sent.get("crm"));
        StringBuilder query = new StringBuilder("?period=").append(encode(period));
        if (product != null) {
            query.append("&product=").append(encode(product));
        }
        if (chosenCrm != null) {
            query.append("&crm=").append(encode(chosenCrm));
        }
        List<String> chosen = getSelected();
        if (!chosen.isEmpty()) {
            query.append("&departements=").append(encode(String.join(",", chosen)));
        }
        var external = context.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/departements/stats.xhtml" + query);
        context.responseComplete();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    // --- end ui-gaps ---

    public void setCrm(String crm) {
        this.crm = ViewParameters.id(crm);
    }

    public List<Crm> getCrms() {
        return crmList;
    }

    public long getTotal() {
        return breakdown == null ? 0 : breakdown.total();
    }

    public List<DepartementLine> getPerDepartement() {
        return perDepartement;
    }

    public List<DepartementLine> getPerSource() {
        return perSource;
    }

    /** Leads per delivery status, the seed's five first, as (status, count) lines. */
    public List<DepartementLine> getPerStatus() {
        return perStatus.entrySet().stream()
                .map(e -> new DepartementLine(e.getKey(), "", e.getValue(), 0, 0, 0))
                .toList();
    }

    public String getChart() {
        return chart;
    }
}
