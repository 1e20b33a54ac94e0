package fr.enersolar.crm.application.delivery;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fr.enersolar.crm.application.catalogue.PartnerKeys;
import fr.enersolar.crm.application.intake.LeadIntake;
import fr.enersolar.crm.application.intake.LeadSubmissionReader;
import fr.enersolar.crm.application.intake.SubmissionContext;
import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormId;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import fr.enersolar.crm.infrastructure.store.StoreIndexes;
import fr.enersolar.crm.testing.DeliveryServerProcess;
import fr.enersolar.crm.testing.HttpPartnerConnector;
import fr.enersolar.crm.testing.InProcessMongo;
import fr.enersolar.crm.testing.TestConnectors;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * Two application instances sharing one store, each delivering with its own workers: this test's
 * CDI container (instance A) and a second JVM it starts with the test classpath ({@link
 * DeliveryServerProcess}, instance B), each with its own MongoDB client, both on the one
 * mongo-java-server of this JVM reached over the wire protocol. A real HTTP partner (the JDK's
 * server) records every arrival with the instance that sent it. Every lead must arrive exactly once
 * and be {@code success} in the store, and both instances must have delivered some.
 */
@EnableWeld
class TwoServersDeliveryIT {

    private static final int LEADS = 400;
    private static final Duration DEADLINE = Duration.ofMinutes(3);

    static {
        // This JVM's instance, as the second one: 8 workers looking every 50 ms. Set before the
        // container reads its configuration (this is the module's only *IT: its JVM is its own).
        System.setProperty(ConfigKey.DELIVERY_WORKERS.get(), "8");
        System.setProperty(ConfigKey.DELIVERY_POLL_MS.get(), "50");
    }

    @WeldSetup
    WeldInitiator weld =
            DeliveryOutboxTest.initiator(); // starts the in-process store, with TestConnectors

    @Inject PartnerKeys formKeys;
    @Inject LeadIntake intake;
    @Inject LeadRepository leads;
    @Inject CrmRepository crms;
    @Inject AccountRepository accounts;
    @Inject FormRepository forms;
    @Inject CommandeRepository commandes;
    @Inject TestConnectors connectors;
    @Inject DeliveryWorkers workers;
    @Inject StoreIndexes indexes;
    @Inject MongoStore store;

    private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byInstance = new ConcurrentHashMap<>();
    private final Semaphore arrived = new Semaphore(0);

    @Test
    void twoInstancesSharingOneStoreSendEveryLeadExactlyOnce() throws Exception {
        indexes.ensure();
        HttpServer partner = partner();
        ExecutorService partnerThreads = Executors.newFixedThreadPool(16);
        partner.setExecutor(partnerThreads);
        partner.start();
        URI endpoint =
                URI.create("http://127.0.0.1:" + partner.getAddress().getPort() + "/lead/create");
        Process second = null;
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        try {
            Form form = catalogue();
            CrmId crm = accounts.find(form.account()).orElseThrow().primaryCrm();
            connectors.register(crm, new HttpPartnerConnector(endpoint, "A"));
            second = startSecondInstance(endpoint, crm);
            BlockingQueue<String> said = lines(second.getInputStream());
            PrintStream tell =
                    new PrintStream(second.getOutputStream(), true, StandardCharsets.UTF_8);
            expect(said, "READY", second);

            // Half the leads wait as a backlog when both start; the other half arrive while both
            // deliver.
            List<LeadId> ids = new ArrayList<>();
            for (int i = 0; i < LEADS / 2; i++) {
                ids.add(submit(form, i));
            }
            assertThat(count(LeadStatus.PENDING)).isEqualTo(LEADS / 2);
            workers.start(scheduler, Executors.defaultThreadFactory());
            tell.println("GO");
            expect(said, "STARTED", second);
            for (int i = LEADS / 2; i < LEADS; i++) {
                ids.add(submit(form, i));
            }
            assertThat(ids).doesNotHaveDuplicates();

            Instant deadline = Instant.now().plus(DEADLINE);
            while (count(LeadStatus.SENT) < LEADS && Instant.now().isBefore(deadline)) {
                arrived.tryAcquire(200, TimeUnit.MILLISECONDS); // look again at each arrival
                arrived.drainPermits();
            }
            // Both instances stop and finish any attempt in flight before the arrivals are
            // counted, so a second send of a lead could not arrive after the count.
            workers.stop();
            tell.println("STOP");
            expect(said, "STOPPED", second);
            assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

            System.out.println("Arrivals by instance: " + byInstance);
            assertThat(count(LeadStatus.SENT))
                    .as("leads sent, by status: %s", statuses())
                    .isEqualTo(LEADS);
            for (LeadId id : ids) {
                Lead lead = leads.find(id).orElseThrow();
                assertThat(lead.apiStatus()).isEqualTo("success");
                assertThat(lead.sentAt()).isPresent();
                assertThat(lead.deliveryAttempts()).isEqualTo(1);
                assertThat(arrivals.get(id.value()))
                        .as("arrivals of lead %s", id.value())
                        .isNotNull()
                        .hasValue(1);
            }
            assertThat(arrivals).hasSize(LEADS);
            assertThat(byInstance.values().stream().mapToInt(AtomicInteger::get).sum())
                    .isEqualTo(LEADS);
            assertThat(byInstance.keySet()).containsExactlyInAnyOrder("A", "B");
            assertThat(byInstance.get("A").get()).as("sent by A, %s", byInstance).isPositive();
            assertThat(byInstance.get("B").get()).as("sent by B, %s", byInstance).isPositive();
        } finally {
            workers.stop();
            scheduler.shutdownNow();
            if (second != null) {
                second.destroy();
                if (!second.waitFor(10, TimeUnit.SECONDS)) {
                    second.destroyForcibly();
                }
            }
            partner.stop(0);
            partnerThreads.shutdownNow();
        }
    }

    /** The partner: 201 for every lead, each arrival counted per lead and per sending instance. */
    private HttpServer partner() throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/lead/create",
                exchange -> {
                    try (InputStream body = exchange.getRequestBody()) {
                        JsonObject lead = Json.createReader(body).readObject();
                        arrivals.computeIfAbsent(
                                        lead.getString("lead_id"), k -> new AtomicInteger())
                                .incrementAndGet();
                        String instance =
                                exchange.getRequestHeaders()
                                        .getFirst(HttpPartnerConnector.INSTANCE_HEADER);
                        byInstance
                                .computeIfAbsent(String.valueOf(instance), k -> new AtomicInteger())
                                .incrementAndGet();
                        arrived.release();
                        byte[] answer = "{\"status\":\"created\"}".getBytes(StandardCharsets.UTF_8);
                        exchange.sendResponseHeaders(201, answer.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(answer);
                        }
                    } finally {
                        exchange.close();
                    }
                });
        return server;
    }

    private Form catalogue() {
        Instant now = Instant.now();
        Crm crm = new Crm(CrmId.generate(), "ZR7", new CrmSlug("zr7"), "http://zr7.test/", now);
        crms.store(crm);
        Account account = new Account(AccountId.generate(), "Compte", crm.id(), now, null);
        accounts.store(account);
        Form form =
                new Form(
                        FormId.generate(),
                        forms.nextCode(ProductType.PV),
                        account.id(),
                        "PV",
                        "https://x.example/pv",
                        now,
                        null);
        form.useSealedCrmApiKey(
                formKeys.seal("key-" + Long.toHexString(System.nanoTime())), now, null);
        forms.store(form);
        commandes.store(
                new Commande(
                        CommandeId.generate(),
                        crm.id(),
                        Optional.empty(),
                        List.of(),
                        1500,
                        now.minusSeconds(60)));
        return form;
    }

    private LeadId submit(Form form, int n) {
        JsonObject json =
                Json.createObjectBuilder()
                        .add("form_id", form.code().value())
                        .add("phone", "061" + (1000000 + n))
                        .add("nom", "Dupont")
                        .add("code_postal", "75011")
                        .build();
        return intake.submit(
                        LeadSubmissionReader.read(json, json.toString()),
                        new SubmissionContext("203.0.113.7", "test", ""))
                .leadId();
    }

    private long count(LeadStatus status) {
        return store.database()
                .getCollection("leads")
                .countDocuments(eq("api_status", status.wire()));
    }

    private Map<String, Long> statuses() {
        Map<String, Long> found = new java.util.TreeMap<>();
        for (LeadStatus status : LeadStatus.values()) {
            long n = count(status);
            if (n > 0) {
                found.put(status.wire(), n);
            }
        }
        return found;
    }

    /**
     * Instance B: a JVM of its own on this test's classpath, store and secrets key (data folder).
     */
    private Process startSecondInstance(URI endpoint, CrmId crm) throws IOException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("second-instance", ".log");
        List<String> command =
                List.of(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-D" + ConfigKey.MONGODB_URI.get() + "=" + InProcessMongo.start(),
                        "-D"
                                + ConfigKey.DATA_DIR.get()
                                + "="
                                + System.getProperty(ConfigKey.DATA_DIR.get()),
                        "-D" + ConfigKey.DELIVERY_WORKERS.get() + "=8",
                        "-D" + ConfigKey.DELIVERY_POLL_MS.get() + "=50",
                        DeliveryServerProcess.class.getName(),
                        "B",
                        endpoint.toString(),
                        crm.value());
        System.out.println("Second instance's log: " + log);
        return new ProcessBuilder(command).redirectError(log.toFile()).start();
    }

    /** The lines a process prints, as they come. */
    private static BlockingQueue<String> lines(InputStream out) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader in =
                                    new BufferedReader(
                                            new InputStreamReader(out, StandardCharsets.UTF_8))) {
                                String line;
                                while ((line = in.readLine()) != null) {
                                    lines.add(line);
                                }
                            } catch (IOException ended) {
                                // the process is gone
                            }
                        },
                        "second-instance-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Waits (with a deadline) until the process prints {@code expected}. */
    private static void expect(BlockingQueue<String> said, String expected, Process process)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            String line = said.poll(1, TimeUnit.SECONDS);
            if (expected.equals(line)) {
                return;
            }
            if (line == null && !process.isAlive()) {
                throw new AssertionError(
                        "The second instance ended (exit "
                                + process.exitValue()
                                + ") before "
                                + expected);
            }
        }
        throw new AssertionError("The second instance did not print " + expected + " in time");
    }
}
