package fr.enersolar.crm.application.setup;

import fr.enersolar.crm.application.catalogue.PartnerKeys;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one-time preparation of a store: indexes, partner keys left in clear sealed, then the
 * first-start records. Idempotent.
 */
@ApplicationScoped
public class StorePreparation {

    @Inject StoreIndexes indexes;
    @Inject FirstStart firstStart;
    @Inject DemoData demoData;
    @Inject PartnerKeys partnerKeys;

    public void prepare() {
        indexes.ensure();
        partnerKeys.sealLegacyKeys();
        firstStart.run();
        demoData.createIfRequested();
    }
}
