package fr.enersolar.crm.testing;

import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.inject.spi.CDI;
import org.jboss.weld.junit5.WeldInitiator;

/**
 * The CDI container of crm-core for plain JUnit tests: Weld SE with bean discovery (so JNoSQL's
 * extension runs as in the server), MicroProfile Config from SmallRye, and the in-process store.
 */
public final class CoreContainer {

    private CoreContainer() {}

    public static WeldInitiator initiator() {
        InProcessMongo.start();
        return WeldInitiator.from(WeldInitiator.createWeld().enableDiscovery()).build();
    }

    /** Empties the database, so each test starts from nothing. */
    public static void resetStore() {
        CDI.current().select(MongoStore.class).get().database().drop();
    }
}
