package fr.enersolar.crm.web.delivery;

import fr.enersolar.crm.application.delivery.DeliveryWorkers;
import fr.enersolar.crm.application.setup.Readiness;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts this server's delivery workers once the application is deployed (unless {@code
 * CRM_DELIVERY_ENABLED=false}), on the container's default managed scheduler and thread factory,
 * and stops them when it is undeployed.
 */
@ApplicationScoped
public class DeliveryStartup {

    private static final Logger LOG = Logger.getLogger(DeliveryStartup.class.getName());

    @Resource ManagedScheduledExecutorService scheduler;
    @Resource ManagedThreadFactory threads;
    @Inject DeliveryWorkers workers;
    @Inject Readiness readiness;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!workers.enabled()) {
            LOG.info("Delivery workers disabled on this server (CRM_DELIVERY_ENABLED=false)");
            return;
        }
        try {
            readiness.ready();
            workers.start(scheduler, threads);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Delivery workers could not start", e);
        }
    }

    @PreDestroy
    void stop() {
        workers.stop();
    }
}
