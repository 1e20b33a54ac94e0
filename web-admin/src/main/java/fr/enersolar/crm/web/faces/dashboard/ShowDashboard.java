package fr.enersolar.crm.web.faces.dashboard;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.dashboard.DailyCount;
import fr.enersolar.crm.application.dashboard.Dashboard;
import fr.enersolar.crm.application.dashboard.DashboardFigures;
import fr.enersolar.crm.application.delivery.DeliveryActions;
import fr.enersolar.crm.application.health.SystemHealth;
import fr.enersolar.crm.application.health.SystemHealthReport;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.service.CircuitBreaker;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard (SPEC-seed §15.3, issue 7): lead counts for today, 7 and 30 days, leads per day as
 * a Chart.js bar chart (PrimeFaces {@code p:chart}), the last 30 days by product, status and CRM,
 * and the delivery queue. Figures are computed once per request, by the store.
 *
 * <p>For readers of the leads section, also the delivery side as the API's {@code GET
 * /api/queue/stats} and {@code /api/queue/breakers} give it: leads queued, in flight and failed,
 * and each partner's circuit breaker (closed, open, half-open, since when).
 */
@Named
@RequestScoped
public class ShowDashboard {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final String BAR_COLOUR = "#f59e0b";

    @Inject Dashboard dashboard;
    @Inject SystemHealthReport health;
    @Inject DeliveryActions delivery;
    @Inject CurrentStaff staff;

    private DashboardFigures figures;
    private SystemHealth queue;
    private String chart;
    private List<Breakdown> perProduct;
    private List<Breakdown> perStatus;
    private List<Breakdown> perCrm;
    private boolean deliveryShown;
    private long queued;
    private long inFlight;
    private long failed;
    private List<CircuitBreaker.Snapshot> breakers = List.of();

    @PostConstruct
    void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        deliveryShown = staff.identity().map(s -> s.mayRead(Section.LEADS)).orElse(false);
        if (deliveryShown) {
            DeliveryActions.Stats stats = delivery.stats();
            Map<String, Long> by = stats.byStatus();
            queued = by.getOrDefault("pending", 0L) + by.getOrDefault("queued", 0L);
            inFlight = stats.processing();
            failed = by.getOrDefault("failed", 0L);
            breakers =
                    delivery.breakers().stream()
                            .sorted(Comparator.comparing(b -> b.partner().value()))
                            .toList();
        }
        figures = dashboard.figures();
        queue = health.snapshot();
        chart = chartOf(context, figures.perDay());
        perProduct =
                lines(
                        figures.perProduct(),
                        key -> key.isEmpty() ? Messages.text(context, "product.none") : key);
        perStatus = lines(figures.perStatus(), key -> Messages.text(context, "status." + key));
        perCrm =
                lines(
                        figures.perCrm(),
                        key -> key.isEmpty() ? Messages.text(context, "crm.none") : key);
    }

    /** A Chart.js bar chart configuration, as {@code p:chart} takes it. */
    private static String chartOf(FacesContext context, List<DailyCount> days) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder counts = JSON.createArrayBuilder();
        for (DailyCount day : days) {
            labels.add(DAY.format(day.day()));
            counts.add(day.count());
        }
        JsonObjectBuilder dataset =
                JSON.createObjectBuilder()
                        .add("label", Messages.text(context, "dashboard.chart.leads"))
                        .add("data", counts)
                        .add("backgroundColor", BAR_COLOUR);
        JsonObjectBuilder data =
                JSON.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder().add(dataset));
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
                .add("data", data)
                .add("options", options)
                .build()
                .toString();
    }

    private static List<Breakdown> lines(Map<String, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new Breakdown(label.apply(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingLong(Breakdown::count).reversed())
                .toList();
    }

    public DashboardFigures getFigures() {
        return figures;
    }

    public SystemHealth getQueue() {
        return queue;
    }

    public String getChart() {
        return chart;
    }

    public List<Breakdown> getPerProduct() {
        return perProduct;
    }

    public List<Breakdown> getPerStatus() {
        return perStatus;
    }

    public List<Breakdown> getPerCrm() {
        return perCrm;
    }

    /** Whether the caller may see the delivery queue and the breakers (leads readers). */
    public boolean isDeliveryShown() {
        return deliveryShown;
    }

    public long getQueued() {
        return queued;
    }

    public long getInFlight() {
        return inFlight;
    }

    public long getFailed() {
        return failed;
    }

    public List<CircuitBreaker.Snapshot> getBreakers() {
        return breakers;
    }
}
