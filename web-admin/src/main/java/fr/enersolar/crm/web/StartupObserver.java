package fr.enersolar.crm.web;

import fr.enersolar.crm.application.setup.Readiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Prepares the store when the application is deployed, so the first start creates its records (and
 * the embedded store opens) before the first request rather than during it.
 */
@ApplicationScoped
public class StartupObserver {

    @Inject Readiness readiness;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        readiness.ready();
    }
}
