package fr.enersolar.crm.testing;

import de.bwaldvogel.mongo.MongoServer;
import fr.enersolar.crm.infrastructure.config.ConfigKey;
import fr.enersolar.crm.infrastructure.store.EmbeddedBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One in-process MongoDB wire-protocol server (mongo-java-server with the application's embedded
 * backend, {@link EmbeddedBackend}, in memory) per test JVM. The code under test reaches it through
 * the real MongoDB driver over TCP, as it reaches a production MongoDB; tests isolate themselves by
 * dropping the database before each test.
 */
public final class InProcessMongo {

    private static MongoServer server;
    private static String uri;

    private InProcessMongo() {}

    /** Starts the server once and points the application's configuration at it. */
    public static synchronized String start() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("crm-test-data");
                System.setProperty(ConfigKey.DATA_DIR.get(), data.toString());
                // A store file, as the application's: every write goes through its page format.
                server =
                        new MongoServer(EmbeddedBackend.open(data.resolve("test-store.mv.db"), 64));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            uri = server.bindAndGetConnectionString();
            System.setProperty(ConfigKey.MONGODB_URI.get(), uri);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return uri;
    }
}
