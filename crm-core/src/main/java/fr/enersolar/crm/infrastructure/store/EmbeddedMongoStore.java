package fr.enersolar.crm.infrastructure.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The embedded MongoDB-protocol store: mongo-java-server with its H2 file backend, listening on the
 * loopback interface only. The application talks to it through the real MongoDB driver, exactly as
 * it talks to a production MongoDB, so no code path depends on the stand-in.
 */
final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMongoStore.class.getName());
    static final String FILE_NAME = "enersolar-store.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;

    private EmbeddedMongoStore(MongoServer server, InetSocketAddress address, Path file) {
        this.server = server;
        this.address = address;
        this.file = file;
    }

    /** Opens (or creates) the store file in {@code folder} and listens on {@code port} (0: any). */
    static EmbeddedMongoStore start(Path folder, int port) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + folder, e);
        }
        Path file = folder.resolve(FILE_NAME);
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info(() -> "Embedded store " + file + " listening on " + address);
        return new EmbeddedMongoStore(server, address, file);
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Stops listening, closes open cursors and flushes the file. */
    @Override
    public void close() {
        server.shutdown();
        LOG.info(() -> "Embedded store " + file + " closed");
    }
}
