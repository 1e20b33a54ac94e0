package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.OriginalLeads;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Original-lead claims in {@code lead_originals}, one per phone and product. */
@ApplicationScoped
public class MongoOriginalLeads implements OriginalLeads {

    static final String COLLECTION = "lead_originals";

    @Inject MongoStore store;

    private MongoClaims claims;

    @PostConstruct
    void init() {
        claims = new MongoClaims(() -> store.database().getCollection(COLLECTION));
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
