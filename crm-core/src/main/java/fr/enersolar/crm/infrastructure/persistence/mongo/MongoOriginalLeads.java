package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.lead.OriginalLeads;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** Original-lead claims, one per phone and product ({@code lead_originals} on a MongoDB). */
@ApplicationScoped
public class MongoOriginalLeads implements OriginalLeads {

    static final String COLLECTION = "lead_originals";

    @Inject MongoStore store;

    @Inject CrmConfig config;
    @Inject Clock clock;

    private Claims claims;

    /**
     * In the store when it is a MongoDB that several servers may share. For the embedded store,
     * which only this JVM uses, in memory, rebuilt from the accepted leads of the window: replaying
     * them oldest first makes the same originals the claims made when they arrived.
     */
    @PostConstruct
    void init() {
        if (!store.embedded()) {
            claims = new MongoClaims(() -> store.database().getCollection(COLLECTION));
            return;
        }
        Duration window = Duration.ofDays(config.intValue(ConfigKey.INTAKE_DUPLICATE_WINDOW_DAYS));
        InMemoryClaims memory = new InMemoryClaims(window);
        Date since = Date.from(clock.instant().minus(window));
        for (Document lead :
                store.database()
                        .getCollection(MongoLeadRepository.COLLECTION)
                        .find(
                                Filters.and(
                                        Filters.eq("status", LeadStatus.PENDING.wire()),
                                        Filters.gte("created_at", since)))
                        .projection(Projections.include("phone_e164", "product_type", "created_at"))
                        .sort(Sorts.ascending("created_at"))) {
            String phone = lead.getString("phone_e164");
            String product = lead.getString("product_type");
            if (phone != null && !phone.isEmpty() && product != null && !product.isEmpty()) {
                memory.restore(
                        phone + "|" + product,
                        new LeadId(lead.getString("_id")),
                        lead.getDate("created_at").toInstant(),
                        window);
            }
        }
        claims = memory;
    }

    private static String key(String phoneE164, ProductType product) {
        return phoneE164 + "|" + product.name();
    }

    @Override
    public Optional<LeadId> claim(
            String phoneE164, ProductType product, LeadId candidate, Instant now, Duration window) {
        return claims.claim(key(phoneE164, product), candidate, now, window);
    }

    @Override
    public void release(String phoneE164, ProductType product, LeadId candidate) {
        claims.release(key(phoneE164, product), candidate);
    }
}
