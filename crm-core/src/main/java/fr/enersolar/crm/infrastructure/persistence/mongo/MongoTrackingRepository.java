package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Filters;
import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.tracking.TrackingEvent;
import fr.enersolar.crm.domain.model.tracking.TrackingEventId;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import fr.enersolar.crm.domain.model.tracking.TrackingRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Events through the template; counts by the store on the (code, event) indexes. */
@ApplicationScoped
public class MongoTrackingRepository implements TrackingRepository {

    @Inject MongoStore store;

    @Override
    public void record(TrackingEvent event) {
        store.template().insert(event);
    }

    @Override
    public Optional<TrackingEvent> find(TrackingEventId id) {
        return store.template().find(TrackingEvent.class, id.value());
    }

    @Override
    public long count(LpCode lp, TrackingEventType type) {
        return count("lp_code", lp.value(), type);
    }

    @Override
    public long count(FormCode form, TrackingEventType type) {
        return count("form_code", form.value(), type);
    }

    private long count(String codeField, String code, TrackingEventType type) {
        return store.database()
                .getCollection("tracking")
                .countDocuments(
                        Filters.and(Filters.eq(codeField, code), Filters.eq("event", type.wire())));
    }
}
