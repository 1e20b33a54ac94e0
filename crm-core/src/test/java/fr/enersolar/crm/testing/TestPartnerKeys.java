package fr.enersolar.crm.testing;

import fr.enersolar.crm.application.routing.PartnerKeys;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Redistribution keys a test sets by hand (add it to the container with its bean class). */
@ApplicationScoped
@Alternative
@Priority(100)
public class TestPartnerKeys implements PartnerKeys {

    private final Map<String, String> keys = new ConcurrentHashMap<>();

    private final java.util.concurrent.atomic.AtomicLong revision =
            new java.util.concurrent.atomic.AtomicLong();

    public void set(CrmId crm, ProductType product, String key) {
        keys.put(crm.value() + "/" + product.name(), key);
        revision.incrementAndGet();
    }

    @Override
    public long revision() {
        return revision.get();
    }

    @Override
    public Optional<String> keyFor(CrmId crm, ProductType product) {
        return Optional.ofNullable(keys.get(crm.value() + "/" + product.name()));
    }
}
