package fr.enersolar.crm.infrastructure.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bson.RawBsonDocument;

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

    /** How often the file is committed while the journal holds records. */
    static final long CHECKPOINT_MILLIS = 1000;

    private final MongoServer server;
    private final EmbeddedBackend backend;
    private final InetSocketAddress address;
    private final Path file;

    /** Serialises the file commits; the tickets let one commit answer every write before it. */
    private final ReentrantLock committer = new ReentrantLock();

    private final AtomicLong requested = new AtomicLong();
    private volatile long committed;

    private final InsertJournal journal;
    private final ScheduledExecutorService checkpoints;

    private EmbeddedMongoStore(
            MongoServer server,
            EmbeddedBackend backend,
            InetSocketAddress address,
            Path file,
            boolean background) {
        this.server = server;
        this.backend = backend;
        this.address = address;
        this.file = file;
        replayJournal();
        this.journal = new InsertJournal(file.getParent());
        if (background) {
            checkpoints =
                    Executors.newSingleThreadScheduledExecutor(
                            r -> {
                                Thread t = new Thread(r, "embedded-store-checkpoint");
                                t.setDaemon(true);
                                return t;
                            });
            checkpoints.scheduleWithFixedDelay(
                    this::checkpoint, CHECKPOINT_MILLIS, CHECKPOINT_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            checkpoints = null;
        }
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
        return start(folder, port, cacheMb, true);
    }

    /**
     * The same; without {@code background} commits (tests of the journal), the file changes only at
     * {@link #awaitDurable()} and at {@link #close()}.
     */
    static EmbeddedMongoStore start(Path folder, int port, int cacheMb, boolean background) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the store folder " + folder, e);
        }
        Path file = folder.resolve(FILE_NAME);
        EmbeddedBackend backend =
                background
                        ? EmbeddedBackend.open(file, cacheMb)
                        : EmbeddedBackend.openForBulkLoad(file, cacheMb);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        LOG.info(() -> "Embedded store " + file + " listening on " + address);
        try {
            return new EmbeddedMongoStore(server, backend, address, file, background);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
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
            long journaled = journal.rotate();
            backend.commit();
            committed = upTo;
            journal.deleteThrough(journaled);
        } finally {
            committer.unlock();
        }
    }

    /**
     * Returns once the documents, which the store acknowledged as inserted into {@code collection}
     * of {@code database}, survive the process being killed: their records are in the journal,
     * which the next start replays into the file should no commit have covered them. Far cheaper
     * than {@link #awaitDurable()} for a stream of inserts (a commit rewrites every page the
     * inserts touched since the last one; the journal writes each document once).
     */
    void awaitDurable(String database, String collection, List<RawBsonDocument> documents) {
        String namespace = database + "." + collection;
        List<byte[]> records = new ArrayList<>(documents.size());
        for (RawBsonDocument document : documents) {
            records.add(InsertJournal.record(namespace, document));
        }
        journal.append(records);
    }

    /** Commits the file when the journal holds records, so that it stays short. */
    private void checkpoint() {
        try {
            if (journal.hasRecords()) {
                awaitDurable();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Embedded store checkpoint failed (retried)", e);
        }
    }

    /**
     * Inserts the journal's documents the file does not hold (their inserts were acknowledged after
     * the last commit before a crash), commits, and deletes the journal.
     */
    private void replayJournal() {
        Path folder = file.getParent();
        if (InsertJournal.segments(folder).isEmpty()) {
            return;
        }
        long[] counts = new long[2];
        long last;
        try (MongoClient client = MongoClients.create(connectionString())) {
            last =
                    InsertJournal.read(
                            folder,
                            record -> {
                                String ns = record.getString("ns").getValue();
                                int dot = ns.indexOf('.');
                                MongoCollection<RawBsonDocument> target =
                                        client.getDatabase(ns.substring(0, dot))
                                                .getCollection(
                                                        ns.substring(dot + 1),
                                                        RawBsonDocument.class);
                                try {
                                    target.insertOne((RawBsonDocument) record.getDocument("doc"));
                                    counts[0]++;
                                } catch (MongoWriteException e) {
                                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                                        throw e;
                                    }
                                    counts[1]++; // the file has it: committed before the crash
                                }
                            });
        }
        backend.commit();
        InsertJournal.deleteThrough(folder, last);
        LOG.info(
                () ->
                        "Embedded store journal replayed: "
                                + counts[0]
                                + " acknowledged inserts restored, "
                                + counts[1]
                                + " already in "
                                + file);
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /** Stops listening, closes open cursors and flushes the file. */
    @Override
    public void close() {
        if (checkpoints != null) {
            checkpoints.shutdownNow();
        }
        server.shutdown(); // closing the file commits it
        journal.close();
        InsertJournal.deleteThrough(file.getParent(), Long.MAX_VALUE);
        LOG.info(() -> "Embedded store " + file + " closed");
    }
}
