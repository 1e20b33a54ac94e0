package fr.enersolar.crm.web.api.stats;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import fr.enersolar.crm.application.leads.DepartementBreakdown;
import fr.enersolar.crm.application.leads.LeadCriteria;
import fr.enersolar.crm.application.leads.LeadFigures;
import fr.enersolar.crm.application.leads.LeadParameters;
import fr.enersolar.crm.application.leads.ProductCounts;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.api.leads.LeadJson;
import fr.enersolar.crm.web.api.leads.QueryParameters;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.Requires;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistics of SPEC-seed §15, computed by store aggregations over the live leads:
 *
 * <ul>
 *   <li>{@code GET /api/stats/departements} (section départements): {@code {total_leads,
 *       by_departement, by_product, by_source, by_status, filters}} with the seed's filters ({@code
 *       crm_id}, {@code departements}, {@code product_type}, {@code period}, {@code date_from},
 *       {@code date_to}) and the leads list's others ({@code status}, {@code form_code}).
 *   <li>{@code GET /api/stats/timeline?crm_id&days=7} (section dashboard): {@code {total, days,
 *       timeline: {"YYYY-MM-DD": {total, PV, PAC, ITE}}}}.
 * </ul>
 *
 * <p>Differences from the seed: {@code crm_id} is the CRM the lead was routed to (the seed matched
 * the CRM of the lead's account, and its UI never sent it); nothing is truncated at 10,000 leads;
 * days are Paris days and the timeline lists every day of the range, empty ones with zeros; a bad
 * filter is a 400 naming it.
 */
@Path("stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    /** Statuses the seed's breakdown always lists, even at zero. */
    private static final List<String> SEED_STATUSES =
            List.of("success", "failed", "no_crm", "queued", "duplicate");

    private static final List<String> FILTERS =
            List.of("crm_id", "departements", "product_type", "period", "date_from", "date_to");

    @Inject LeadFigures figures;
    @Inject Clock clock;
    @Context UriInfo uri;

    @GET
    @Path("departements")
    @Requires(value = Section.DEPARTEMENTS, access = Access.READ)
    public Response departements() {
        Map<String, String> given = QueryParameters.of(uri);
        LeadParameters params = LeadParameters.of(given);
        LeadCriteria criteria = params.criteria(clock.instant());
        if (!params.problems().isEmpty()) {
            return LeadJson.invalid(params.problems());
        }
        DepartementBreakdown b = figures.departements(criteria);
        JsonObjectBuilder byStatus = JSON.createObjectBuilder();
        Map<String, Long> statuses = new LinkedHashMap<>();
        SEED_STATUSES.forEach(s -> statuses.put(s, 0L));
        statuses.putAll(b.byStatus());
        statuses.forEach(byStatus::add);
        JsonObjectBuilder byProduct = JSON.createObjectBuilder();
        b.byProduct().forEach(byProduct::add);
        JsonObjectBuilder filters = JSON.createObjectBuilder();
        for (String f : FILTERS) {
            filters.add(
                    f,
                    Optional.ofNullable(given.get(f))
                            .<JsonValue>map(JSON::createValue)
                            .orElse(JsonValue.NULL));
        }
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("total_leads", b.total())
                                .add("by_departement", counts(b.byDepartement()))
                                .add("by_product", byProduct)
                                .add("by_source", counts(b.bySource()))
                                .add("by_status", byStatus)
                                .add("filters", filters)
                                .build())
                .build();
    }

    @GET
    @Path("timeline")
    @Requires(value = Section.DASHBOARD, access = Access.READ)
    public Response timeline() {
        LeadParameters params = LeadParameters.of(QueryParameters.of(uri));
        int days = params.integer("days", 1, LeadFigures.MAX_DAYS).orElse(7);
        LeadCriteria crm = params.criteria(clock.instant());
        if (!params.problems().isEmpty()) {
            return LeadJson.invalid(params.problems());
        }
        Map<LocalDate, ProductCounts> timeline = figures.timeline(crm.targetCrm(), days);
        JsonObjectBuilder perDay = JSON.createObjectBuilder();
        long total = 0;
        for (Map.Entry<LocalDate, ProductCounts> day : timeline.entrySet()) {
            perDay.add(day.getKey().toString(), LeadJson.counts(day.getValue()));
            total += day.getValue().total();
        }
        return Response.ok(
                        JSON.createObjectBuilder()
                                .add("total", total)
                                .add("days", days)
                                .add("timeline", perDay)
                                .build())
                .build();
    }

    private static JsonObject counts(Map<String, ProductCounts> map) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        map.forEach((key, counts) -> json.add(key, LeadJson.counts(counts)));
        return json.build();
    }
}
