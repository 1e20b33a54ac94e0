package fr.enersolar.crm.application.setup;

import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the application can serve: the store answers, and the one-time preparation (indexes,
 * first administrator, intake key) is done. Until the store answers, the preparation is retried at
 * every check, so a server started before its MongoDB becomes ready by itself.
 */
@ApplicationScoped
public class Readiness {

    private static final Logger LOG = Logger.getLogger(Readiness.class.getName());

    @Inject MongoStore store;
    @Inject StorePreparation preparation;

    private volatile boolean prepared;
    private volatile String lastProblem;

    /** Checks the store now; prepares it the first time it answers. */
    public synchronized boolean ready() {
        try {
            store.ping();
            if (!prepared) {
                preparation.prepare();
                prepared = true;
                LOG.info("Store ready");
            }
            lastProblem = null;
            return true;
        } catch (RuntimeException e) {
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!problem.equals(lastProblem)) {
                LOG.log(Level.WARNING, "Store not ready: " + problem, e);
            }
            lastProblem = problem;
            return false;
        }
    }

    /** Why the last check failed, for the health report; null when ready. */
    public String lastProblem() {
        return lastProblem;
    }
}
