package fr.enersolar.crm.web;

import fr.enersolar.crm.application.connectors.ConnectorCatalog;
import fr.enersolar.crm.application.setup.Readiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prepares the store when the application is deployed, so the first start creates its records (and
 * the embedded store opens) before the first request rather than during it, and scans the
 * connectors (the EAR's and the connectors folder's) once; a broken connector jar is reported by
 * the scan, never fatal.
 */
@ApplicationScoped
public class StartupObserver {

    private static final Logger LOG = Logger.getLogger(StartupObserver.class.getName());

    @Inject Readiness readiness;
    @Inject ConnectorCatalog connectors;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            connectors.current();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Connector scan failed at start; the next use retries it", e);
        }
        readiness.ready();
    }
}
