package fr.enersolar.crm.infrastructure.connector;

import fr.enersolar.crm.application.connectors.ConnectorCatalog;
import fr.enersolar.crm.application.connectors.ConnectorProblem;
import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.application.connectors.ConnectorSecrets;
import fr.enersolar.crm.application.connectors.InstalledConnector;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The connector registry: the factories of the EAR and of the connectors folder ({@link
 * ConnectorScanner}), and one live connector per CRM built from the CRM's connector id and
 * settings.
 *
 * <p>The first scan runs on first use (the application triggers it at start); {@link #rescan()}
 * runs another. A CRM's connector is built on first request and kept; it is closed and rebuilt when
 * the CRM's connector id or settings change (seen at most {@link #RECHECK} after a change made on
 * another server, at once after {@link #settingsChanged}) or when a rescan replaces or removes its
 * factory. An attempt already running on a replaced connector may fail as the connector closes; the
 * delivery outbox retries it.
 */
@ApplicationScoped
public class FolderConnectorRegistry implements ConnectorRegistry, ConnectorCatalog {

    /** How long a built connector is handed out before its CRM's settings are read again. */
    static final Duration RECHECK = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(FolderConnectorRegistry.class.getName());

    /** A CRM's connector, built from these settings by this factory. */
    private record Live(
            CrmConnector connector,
            CrmConnectorFactory factory,
            String connectorId,
            Map<String, String> settings,
            Instant checkedAt) {}

    private CrmConfig config;
    private CrmRepository crms;
    private Clock clock;
    private ConnectorSecrets secrets;
    private ConnectorScanner scanner;
    private volatile Scan scan;
    private final Map<String, Live> live = new ConcurrentHashMap<>();

    /** For CDI. */
    protected FolderConnectorRegistry() {}

    @Inject
    public FolderConnectorRegistry(
            CrmConfig config, CrmRepository crms, Clock clock, ConnectorSecrets secrets) {
        this(config, crms, clock, secrets, FolderConnectorRegistry.class.getClassLoader());
    }

    /** With the class loader that stands for the application's (tests). */
    FolderConnectorRegistry(
            CrmConfig config,
            CrmRepository crms,
            Clock clock,
            ConnectorSecrets secrets,
            ClassLoader application) {
        this.config = config;
        this.crms = crms;
        this.clock = clock;
        this.secrets = secrets;
        this.scanner = new ConnectorScanner(application);
    }

    @Override
    public Scan current() {
        Scan current = scan;
        return current != null ? current : rescan();
    }

    @Override
    public synchronized Scan rescan() {
        Path folder = config.connectorsDir();
        ConnectorScanner.Result result = scanner.scan(folder);
        Scan next = new Scan(result.connectors(), result.problems(), clock.instant());
        scan = next;
        live.forEach(
                (crm, built) -> {
                    Optional<InstalledConnector> now =
                            next.connectors().stream()
                                    .filter(c -> c.id().equals(built.connectorId()))
                                    .findFirst();
                    if (now.isEmpty() || now.get().factory() != built.factory()) {
                        drop(crm);
                    }
                });
        result.obsolete().forEach(ConnectorScanner::close);
        LOG.info(
                () ->
                        "Connectors in the EAR and "
                                + folder
                                + ": "
                                + next.connectors().stream()
                                        .map(c -> c.id() + " " + c.version())
                                        .toList()
                                + ", "
                                + next.problems().size()
                                + " problem(s)");
        for (ConnectorProblem problem : next.problems()) {
            LOG.warning(() -> "Connector skipped: " + problem.source() + ": " + problem.reason());
        }
        return next;
    }

    @Override
    public void settingsChanged(CrmId crm) {
        drop(crm.value());
    }

    @Override
    public Optional<CrmConnector> connectorFor(CrmId crm) {
        Instant now = clock.instant();
        Live built = live.get(crm.value());
        if (built != null
                && now.isBefore(built.checkedAt().plus(RECHECK))
                && installed(built.connectorId())
                        .map(c -> c.factory() == built.factory())
                        .orElse(false)) {
            return Optional.of(built.connector());
        }
        Optional<Crm> found = crms.find(crm);
        if (found.isEmpty()) {
            drop(crm.value());
            return Optional.empty();
        }
        String connectorId = found.get().connectorId();
        Map<String, String> settings = found.get().connectorSettings();
        Optional<InstalledConnector> installed = installed(connectorId);
        if (installed.isEmpty()) {
            drop(crm.value());
            LOG.fine(() -> "No connector " + connectorId + " installed for CRM " + crm.value());
            return Optional.empty();
        }
        Live result =
                live.compute(
                        crm.value(),
                        (key, old) -> {
                            if (old != null
                                    && old.factory() == installed.get().factory()
                                    && old.connectorId().equals(connectorId)
                                    && old.settings().equals(settings)) {
                                return new Live(
                                        old.connector(), old.factory(), connectorId, settings, now);
                            }
                            if (old != null) {
                                closeQuietly(old.connector());
                            }
                            return build(crm, installed.get(), settings, now);
                        });
        return Optional.ofNullable(result).map(Live::connector);
    }

    private Optional<InstalledConnector> installed(String id) {
        return current().connectors().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * Builds a CRM's connector, its secret settings opened for it (they stay sealed everywhere
     * else); null (logged) when its stored settings no longer fit or a secret does not open.
     */
    private Live build(
            CrmId crm, InstalledConnector installed, Map<String, String> stored, Instant now) {
        try {
            // Settings a newer version no longer describes are left out rather than refused.
            Map<String, String> described = new LinkedHashMap<>();
            for (SettingDescriptor d : installed.settings()) {
                if (stored.containsKey(d.key())) {
                    described.put(d.key(), stored.get(d.key()));
                }
            }
            ConnectorSettings settings =
                    ConnectorSettings.of(
                            installed.settings(), secrets.opened(installed.settings(), described));
            CrmConnector connector = installed.factory().create(settings);
            if (connector == null) {
                throw new IllegalStateException("create() returned null");
            }
            return new Live(connector, installed.factory(), installed.id(), stored, now);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(
                    Level.WARNING,
                    "Connector "
                            + installed.id()
                            + " cannot be built for CRM "
                            + crm.value()
                            + ": "
                            + e.getMessage(),
                    e);
            return null;
        }
    }

    private void drop(String crm) {
        Live old = live.remove(crm);
        if (old != null) {
            closeQuietly(old.connector());
        }
    }

    private static void closeQuietly(CrmConnector connector) {
        try {
            connector.close();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "A connector failed to close", e);
        }
    }

    /** Closes every connector built and every connector jar's class loader. */
    @PreDestroy
    public synchronized void close() {
        new ArrayList<>(live.keySet()).forEach(this::drop);
        scanner.close();
    }
}
