package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import fr.enersolar.crm.application.catalogue.CatalogueCounts;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One grouped count per question and page: {@code $match} on the page's codes (served by the {@code
 * (lp_code, event)}, {@code (form_code, event)} and {@code (form_code, api_status)} indexes), then
 * {@code $group}. The store answers a few numbers per code, whatever the number of events and
 * leads.
 */
@ApplicationScoped
public class MongoCatalogueCounts implements CatalogueCounts {

    private static final Set<String> FINISHED = Set.of("success", "duplicate");

    @Inject MongoStore store;

    @Override
    public Map<LpCode, Long> eventsByLp(Collection<LpCode> lps, TrackingEventType type) {
        return events("lp_code", lps, LpCode::value, LpCode::new, type);
    }

    @Override
    public Map<FormCode, Long> eventsByForm(Collection<FormCode> forms, TrackingEventType type) {
        return events("form_code", forms, FormCode::value, FormCode::new, type);
    }

    private <C> Map<C, Long> events(
            String field,
            Collection<C> codes,
            Function<C, String> text,
            Function<String, C> code,
            TrackingEventType type) {
        Map<C, Long> counts = new HashMap<>();
        if (codes.isEmpty()) {
            return counts;
        }
        Bson match =
                Filters.and(
                        Filters.in(field, codes.stream().map(text).distinct().toList()),
                        Filters.eq("event", type.wire()));
        store.database()
                .getCollection("tracking")
                .aggregate(
                        List.of(
                                Aggregates.match(match),
                                Aggregates.group("$" + field, Accumulators.sum("n", 1L))))
                .forEach(
                        group ->
                                counts.merge(
                                        code.apply(group.getString("_id")),
                                        group.get("n", Number.class).longValue(),
                                        Long::sum));
        return counts;
    }

    /**
     * Grouped by form, delivery status and sent flag: a handful of groups per form, summed here
     * into the three figures.
     */
    @Override
    public Map<FormCode, LeadTally> leadsByForm(Collection<FormCode> forms) {
        Map<FormCode, LeadTally> tallies = new HashMap<>();
        if (forms.isEmpty()) {
            return tallies;
        }
        List<String> codes = forms.stream().map(FormCode::value).distinct().toList();
        Document key =
                new Document("form", "$form_code")
                        .append("status", "$api_status")
                        .append("sent", "$sent_to_crm");
        store.database()
                .getCollection("leads")
                .aggregate(
                        List.of(
                                Aggregates.match(Filters.in("form_code", codes)),
                                Aggregates.group(key, Accumulators.sum("n", 1L))))
                .forEach(
                        group -> {
                            Document id = group.get("_id", Document.class);
                            long n = group.get("n", Number.class).longValue();
                            LeadTally tally =
                                    new LeadTally(
                                            n,
                                            Boolean.TRUE.equals(id.get("sent")) ? n : 0,
                                            FINISHED.contains(id.get("status")) ? n : 0);
                            tallies.merge(
                                    new FormCode(id.getString("form")),
                                    tally,
                                    MongoCatalogueCounts::add);
                        });
        return tallies;
    }

    private static LeadTally add(LeadTally a, LeadTally b) {
        return new LeadTally(
                a.total() + b.total(), a.sent() + b.sent(), a.finished() + b.finished());
    }
}
