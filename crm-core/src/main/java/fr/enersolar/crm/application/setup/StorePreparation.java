package fr.enersolar.crm.application.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one-time preparation of a store: indexes, then the first-start records. Idempotent. */
@ApplicationScoped
public class StorePreparation {

    @Inject FirstStart firstStart;

    public void prepare() {
        firstStart.run();
    }
}
