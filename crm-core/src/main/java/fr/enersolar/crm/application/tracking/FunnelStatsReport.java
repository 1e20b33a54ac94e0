package fr.enersolar.crm.application.tracking;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.TrackingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds {@link FunnelStats} from four counts the store makes on indexed fields. */
@ApplicationScoped
public class FunnelStatsReport {

    @Inject TrackingRepository events;
    @Inject LeadRepository leads;

    /**
     * The funnel of {@code code}, an LP code or a form code as the visitor typed it. A code that is
     * neither (or that nothing used) has an empty funnel, as in the seed: never an error.
     */
    public FunnelStats of(String code) {
        Optional<LpCode> lp = parse(() -> new LpCode(code));
        Optional<FormCode> form = parse(() -> new FormCode(code));
        return new FunnelStats(
                code,
                lp.map(l -> events.count(l, TrackingEventType.LP_VISIT)).orElse(0L),
                lp.map(l -> events.count(l, TrackingEventType.CTA_CLICK)).orElse(0L),
                form.map(f -> events.count(f, TrackingEventType.FORM_START)).orElse(0L),
                form.map(leads::countFinished).orElse(0L));
    }

    private static <T> Optional<T> parse(Supplier<T> code) {
        try {
            return Optional.of(code.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
