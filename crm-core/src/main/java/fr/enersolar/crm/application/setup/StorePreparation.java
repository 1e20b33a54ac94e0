package fr.enersolar.crm.application.setup;

import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one-time preparation of a store: indexes, then the first-start records. Idempotent. */
@ApplicationScoped
public class StorePreparation {

    @Inject StoreIndexes indexes;
    @Inject FirstStart firstStart;
    @Inject DemoData demoData;

    public void prepare() {
        indexes.ensure();
        firstStart.run();
        demoData.createIfRequested();
    }
}
