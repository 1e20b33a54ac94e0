package fr.enersolar.crm.infrastructure.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The embedded MongoDB-protocol store: mongo-java-server with its H2 file backend ({@link
 * EmbeddedBackend}), listening on the loopback interface only. The application talks to it through
 * the real MongoDB driver, exactly as it talks to a production MongoDB, so no code path depends on
 * the stand-in.
 */
final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMongoStore.class.getName());
    static final String FILE_NAME = "enersolar-store.mv.db";

    /** Page cache in megabytes when none is configured (as {@code crm.embedded.store.cache-mb}). */
    static final int DEFAULT_CACHE_MB = 128;

    private final MongoServer server;
    private final EmbeddedBackend backend;
    private final InetSocketAddress address;
    private final Path file;

    /** Serialises the file commits; the tickets let one commit answer every write before it. */
    private final ReentrantLock committer = new ReentrantLock();

    private final AtomicLong requested = new AtomicLong();
    private volatile long committed;

    private EmbeddedMongoStore(
            MongoServer server, EmbeddedBackend backend, InetSocketAddress address, Path file) {
        this.server = server;
        this.backend = backend;
        this.address = address;
        this.file = file;
    }

    /** Opens (or creates) the store file in {@code folder} and listens on {@code port} (0: any). */
    static EmbeddedMongoStore start(Path folder, int port) {
        return start(folder, port, DEFAULT_CACHE_MB);
    }

    /**
     * The same, with a page cache of {@code cacheMb} megabytes (H2's default of 16 holds a few
     * thousand leads: a scan of more decodes every page from the file again).
     */
    static EmbeddedMongoStore start(Path folder, int port, int cacheMb) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + folder, e);
        }
        Path file = folder.resolve(FILE_NAME);
        EmbeddedBackend backend = EmbeddedBackend.open(file, cacheMb);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info(() -> "Embedded store " + file + " listening on " + address);
        return new EmbeddedMongoStore(server, backend, address, file);
    }

    /**
     * Returns once every write the store acknowledged before this call is in the store's file, so
     * that it survives the process being killed. The store's file engine (H2's MVStore) otherwise
     * writes acknowledged changes in the background, up to a second later: without this, a {@code
     * kill -9} could lose a lead that was already acknowledged to its sender.
     *
     * <p>Group commit: concurrent callers share one file commit. A commit that started after a
     * caller's request covers that caller's writes (they were applied to the store before it
     * asked), so a caller waits for at most the commit in progress and the next one.
     */
    void awaitDurable() {
        long ticket = requested.incrementAndGet();
        committer.lock();
        try {
            if (committed >= ticket) {
                return; // a commit that started after our request already wrote our changes
            }
            long upTo = requested.get();
            backend.commit();
            committed = upTo;
        } finally {
            committer.unlock();
        }
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
