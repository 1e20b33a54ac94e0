package fr.enersolar.crm.infrastructure.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.bson.BsonType;
import org.bson.RawBsonDocument;

/**
 * The embedded store's journal of acknowledged inserts not yet in a commit of its file, as
 * MongoDB's own journal: an insert written here survives a crash of the process as a commit would,
 * at the cost of appending its BSON to a file instead of rewriting the file's pages.
 *
 * <p>The journal is a sequence of segments ({@code enersolar-store.journal.<n>}). Each record is
 * {@code length, CRC-32, BSON {ns, doc}}, little-endian; reading stops at the first incomplete or
 * damaged record, which a crash during its write leaves at the end of the last segment (its insert
 * was never acknowledged). A commit of the store's file covers every record of the segments closed
 * before it started ({@link #rotate()}), which are then deleted ({@link #deleteThrough(long)}).
 * Replaying a record inserts its document unless a document with its {@code _id} is there: replays
 * repeat nothing, and a record the file already holds is skipped.
 */
final class InsertJournal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InsertJournal.class.getName());
    static final String PREFIX = EmbeddedMongoStore.FILE_NAME.replace(".mv.db", ".journal.");
    private static final int HEADER = 8;
    private static final byte[] NS_NAME = {'n', 's', 0};
    private static final byte[] DOC_NAME = {'d', 'o', 'c', 0};

    private final Path folder;
    private long segment;
    private FileChannel channel;
    private boolean empty = true;

    /** Opens a new segment after those already in {@code folder} (replay them first). */
    InsertJournal(Path folder) {
        this.folder = folder;
        TreeMap<Long, Path> existing = segments(folder);
        this.segment = existing.isEmpty() ? 1 : existing.lastKey() + 1;
        this.channel = open(segment);
    }

    /**
     * One record: the document inserted into {@code namespace} ({@code database.collection}). The
     * document is already BSON (the bytes the driver sent): the record copies them into {@code {ns:
     * <namespace>, doc: <document>}} without encoding anything again.
     */
    static byte[] record(String namespace, RawBsonDocument document) {
        byte[] ns = namespace.getBytes(StandardCharsets.UTF_8);
        ByteBuffer doc = document.getByteBuffer().asNIO();
        // int32 size; 0x02 "ns" string; 0x03 "doc" embedded document; 0x00
        int size = 4 + (1 + 3 + 4 + ns.length + 1) + (1 + 4 + doc.remaining()) + 1;
        byte[] bytes = new byte[HEADER + size];
        ByteBuffer out = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        out.position(HEADER);
        out.putInt(size);
        out.put((byte) BsonType.STRING.getValue())
                .put(NS_NAME)
                .putInt(ns.length + 1)
                .put(ns)
                .put((byte) 0);
        out.put((byte) BsonType.DOCUMENT.getValue()).put(DOC_NAME).put(doc);
        out.put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(bytes, HEADER, size);
        out.position(0);
        out.putInt(size).putInt((int) crc.getValue());
        return bytes;
    }

    /** Appends the records in one write; returns once the file holds them. */
    synchronized void append(List<byte[]> records) {
        int size = 0;
        for (byte[] r : records) {
            size += r.length;
        }
        ByteBuffer all = ByteBuffer.allocate(size);
        records.forEach(all::put);
        all.flip();
        try {
            while (all.hasRemaining()) {
                channel.write(all);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the store's journal", e);
        }
        empty = false;
    }

    /** True when the current segment holds records. */
    synchronized boolean hasRecords() {
        return !empty;
    }

    /**
     * Closes the current segment and starts the next; returns the closed segment's number. A commit
     * started after this call covers every record of the segments up to it.
     */
    synchronized long rotate() {
        long closed = segment;
        closeChannel();
        segment++;
        channel = open(segment);
        empty = true;
        return closed;
    }

    /** Deletes the segments up to {@code last}, which a completed commit covers. */
    void deleteThrough(long last) {
        deleteThrough(folder, last);
    }

    /** Deletes the segments in {@code folder} up to {@code last}. */
    static void deleteThrough(Path folder, long last) {
        for (var entry : segments(folder).headMap(last, true).entrySet()) {
            try {
                Files.deleteIfExists(entry.getValue());
            } catch (IOException e) {
                LOG.warning(() -> "Cannot delete " + entry.getValue() + ": " + e);
            }
        }
    }

    @Override
    public synchronized void close() {
        closeChannel();
    }

    private void closeChannel() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warning(() -> "Cannot close the journal segment " + segment + ": " + e);
        }
    }

    private FileChannel open(long number) {
        try {
            return FileChannel.open(
                    folder.resolve(PREFIX + number),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the store's journal in " + folder, e);
        }
    }

    /** The journal's segments in {@code folder}, by number. */
    static TreeMap<Long, Path> segments(Path folder) {
        TreeMap<Long, Path> found = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                try {
                    found.put(
                            Long.parseLong(
                                    file.getFileName().toString().substring(PREFIX.length())),
                            file);
                } catch (NumberFormatException e) {
                    // not a segment of ours
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the store's journal in " + folder, e);
        }
        return found;
    }

    /**
     * Hands every complete record of the segments in {@code folder}, oldest first, to {@code
     * replay} as {@code {ns, doc}}; returns the number of the last segment read (0: none).
     */
    static long read(Path folder, Consumer<RawBsonDocument> replay) {
        TreeMap<Long, Path> all = segments(folder);
        for (var entry : all.entrySet()) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(entry.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + entry.getValue(), e);
            }
            ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            List<RawBsonDocument> records = new ArrayList<>();
            while (in.remaining() >= HEADER) {
                int length = in.getInt();
                int sum = in.getInt();
                if (length <= 0 || length > in.remaining()) {
                    break;
                }
                CRC32 crc = new CRC32();
                crc.update(bytes, in.position(), length);
                if ((int) crc.getValue() != sum) {
                    break;
                }
                records.add(new RawBsonDocument(bytes, in.position(), length));
                in.position(in.position() + length);
            }
            if (in.hasRemaining()) {
                LOG.warning(
                        () ->
                                entry.getValue()
                                        + ": "
                                        + in.remaining()
                                        + " bytes after its last complete record, ignored (a"
                                        + " write cut by a crash, never acknowledged)");
            }
            records.forEach(replay);
        }
        return all.isEmpty() ? 0 : all.lastKey();
    }
}
