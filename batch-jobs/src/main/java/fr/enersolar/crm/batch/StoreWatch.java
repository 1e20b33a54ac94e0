package fr.enersolar.crm.batch;

import fr.enersolar.crm.application.setup.Readiness;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Checks the store every minute, so an outage and the recovery are logged (once each) and a store
 * that came up after the server is prepared without waiting for a health probe.
 */
@Singleton
public class StoreWatch {

    @Inject Readiness readiness;

    @Schedule(
            hour = "*",
            minute = "*",
            second = "30",
            persistent = false,
            timezone = "UTC",
            info = "store-watch")
    void check() {
        readiness.ready();
    }
}
