package fr.enersolar.crm.testing;

import fr.enersolar.crm.application.delivery.DeliveryWorker;
import fr.enersolar.crm.application.delivery.DeliveryWorkers;
import fr.enersolar.crm.domain.model.crm.CrmId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A second application instance in its own JVM, started by a test with the test classpath: its own
 * CDI container, MongoDB client and delivery workers, on the store named by {@code
 * crm.mongodb.uri}. It delivers the given CRM's leads through an {@link HttpPartnerConnector}
 * naming it.
 *
 * <p>Talks over its standard streams: prints {@code READY} once its container is up and connected,
 * starts its workers at the line {@code GO} and prints {@code STARTED}, and at the line {@code
 * STOP} (or when its input closes, so it never outlives the test) stops them, letting each finish
 * its attempt, prints {@code STOPPED} and exits.
 *
 * <p>Arguments: the instance's name, the partner's URL, the CRM id.
 */
public final class DeliveryServerProcess {

    private DeliveryServerProcess() {}

    public static void main(String[] args) throws Exception {
        String name = args[0];
        URI partner = URI.create(args[1]);
        CrmId crm = new CrmId(args[2]);
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Weld weld = new Weld().enableDiscovery().addBeanClasses(TestConnectors.class);
        try (WeldContainer container = weld.initialize()) {
            container
                    .select(TestConnectors.class)
                    .get()
                    .register(crm, new HttpPartnerConnector(partner, name));
            DeliveryWorkers workers = container.select(DeliveryWorkers.class).get();
            // Connects to the store and runs one claim (none is due yet) before saying READY, so
            // the first claims after GO do not wait for the connection.
            container.select(DeliveryWorker.class).get().deliverOne("warm-up");
            say("READY");
            if ("GO".equals(in.readLine())) {
                ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
                workers.start(scheduler, Executors.defaultThreadFactory());
                say("STARTED");
                in.readLine(); // STOP, or the end of the input
                workers.stop();
                scheduler.shutdownNow();
            }
            say("STOPPED");
        }
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
