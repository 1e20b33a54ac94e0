package fr.enersolar.crm.infrastructure.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.config.CrmConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentConfiguration;
import org.eclipse.jnosql.databases.mongodb.communication.MongoDBDocumentManager;
import org.eclipse.jnosql.mapping.document.DocumentTemplate;
import org.eclipse.jnosql.mapping.document.DocumentTemplateProducer;

/**
 * The application's one connection to MongoDB: a configured MongoDB when {@link
 * ConfigKey#MONGODB_URI} is set, otherwise the embedded store in the data folder.
 *
 * <p>Repositories map documents through the JNoSQL {@link DocumentTemplate} and use the driver's
 * {@link MongoDatabase} for what a template cannot say (atomic counters, claims, indexes).
 */
@ApplicationScoped
public class MongoStore {

    private static final Logger LOG = Logger.getLogger(MongoStore.class.getName());

    @Inject CrmConfig config;
    @Inject DocumentTemplateProducer templates;

    private EmbeddedMongoStore embedded;
    private MongoClient client;
    private MongoDatabase database;
    private MongoDBDocumentManager manager;
    private DocumentTemplate template;

    @PostConstruct
    void open() {
        try {
            connect();
        } catch (RuntimeException e) {
            close(); // a half-open embedded store would keep its file locked
            throw e;
        }
    }

    private void connect() {
        Optional<String> uri = config.value(ConfigKey.MONGODB_URI);
        String connection;
        if (uri.isPresent()) {
            connection = uri.get();
        } else {
            embedded =
                    EmbeddedMongoStore.start(
                            config.dataDir().resolve("store"),
                            config.intValue(ConfigKey.EMBEDDED_STORE_PORT),
                            config.intValue(ConfigKey.EMBEDDED_STORE_CACHE_MB));
            connection = embedded.connectionString();
        }
        ConnectionString cs = new ConnectionString(connection);
        MongoClientSettings.Builder settings =
                MongoClientSettings.builder().applyConnectionString(cs);
        if (!connection.contains("serverSelectionTimeoutMS")) {
            int timeout = config.intValue(ConfigKey.MONGODB_SELECTION_TIMEOUT_MS);
            settings.applyToClusterSettings(
                    c -> c.serverSelectionTimeout(timeout, TimeUnit.MILLISECONDS));
        }
        String databaseName =
                cs.getDatabase() != null
                        ? cs.getDatabase()
                        : config.required(ConfigKey.MONGODB_DATABASE);
        client = MongoClients.create(settings.build());
        database = client.getDatabase(databaseName);
        manager = new MongoDBDocumentConfiguration().get(client).apply(databaseName);
        template = templates.apply(manager);
        LOG.info(
                () ->
                        "Store: database "
                                + databaseName
                                + (embedded != null
                                        ? " on the embedded store"
                                        : " on " + cs.getHosts()));
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    /** The driver's view of the database, for indexes, counters and atomic updates. */
    public MongoDatabase database() {
        return database;
    }

    /** The JNoSQL template that maps entities to documents. */
    public DocumentTemplate template() {
        return template;
    }

    /** True when the embedded store runs in this process. */
    public boolean embedded() {
        return embedded != null;
    }

    /**
     * Returns once the writes this thread has had acknowledged survive a crash of this process. On
     * the embedded store, a (shared) commit of its file; on a configured MongoDB, nothing more: its
     * acknowledgement already carries the URI's write concern (use {@code w=majority&journal=true}
     * for acknowledged leads to survive the loss of a MongoDB node).
     */
    public void awaitDurable() {
        if (embedded != null) {
            embedded.awaitDurable();
        }
    }

    /**
     * The same for documents this thread has had acknowledged as inserted into {@code collection}
     * (and no other write): on the embedded store, their records in its journal, far cheaper than a
     * commit of its file; on a configured MongoDB, nothing more.
     */
    public void awaitDurableInserts(String collection, List<RawBsonDocument> documents) {
        if (embedded != null) {
            embedded.awaitDurable(database.getName(), collection, documents);
        }
    }

    /** Asks the server to answer; throws when it cannot within the selection timeout. */
    public void ping() {
        database.runCommand(new Document("ping", 1));
    }
}
