package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.RedistributionKey;
import fr.enersolar.crm.domain.model.crm.RedistributionKeyRepository;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Keyed by {@code <crm id>:<product>}, so each CRM and product has one document at most. */
@ApplicationScoped
public class MongoRedistributionKeyRepository implements RedistributionKeyRepository {

    /** Far more than CRMs × (products + 1) will ever be. */
    private static final int MAX_KEYS = 1000;

    @Inject MongoStore store;

    @Override
    public void store(RedistributionKey key) {
        Templates.upsert(
                store.template(),
                RedistributionKey.class,
                RedistributionKey.idOf(key.crm(), key.product()),
                key);
    }

    @Override
    public Optional<RedistributionKey> find(CrmId crm, Optional<ProductType> product) {
        return store.template().find(RedistributionKey.class, RedistributionKey.idOf(crm, product));
    }

    @Override
    public List<RedistributionKey> all() {
        return store.template()
                .select(RedistributionKey.class)
                .orderBy("id")
                .asc()
                .limit(MAX_KEYS)
                .result();
    }

    @Override
    public boolean remove(CrmId crm, Optional<ProductType> product) {
        return Templates.remove(
                store.template(), RedistributionKey.class, RedistributionKey.idOf(crm, product));
    }
}
