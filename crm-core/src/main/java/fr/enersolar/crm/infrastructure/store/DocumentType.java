package fr.enersolar.crm.infrastructure.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The H2 value type of the embedded store's documents: BSON, as the documents came over the wire,
 * instead of the Java serialisation H2's {@link ObjectDataType} gives them.
 *
 * <p>H2 writes every page a commit changed whole, so each acknowledged write re-serialised every
 * document sharing its page; with Java serialisation that was the largest cost of intake. An entry
 * is written as a marker byte that {@code ObjectDataType} never writes first, then the BSON
 * document (which carries its own length). An entry an earlier version wrote (Java-serialised) is
 * still read as such, and written as BSON when its page is next written, so existing files need no
 * migration. A document BSON cannot hold (a value of a type the wire protocol never produces) is
 * written as before.
 */
final class DocumentType extends BasicDataType<Document> {

    /** The first byte of a BSON entry; H2's own tags are all below 120. */
    static final byte BSON = (byte) 0xB0;

    /** H2's type, for entries written by earlier versions and the rare non-BSON document. */
    private final ObjectDataType serialised = new ObjectDataType();

    /**
     * The size H2 counts a document for in its page cache and page splits: the running average of
     * the sizes written, as H2's own type counts the Java-serialised size (a larger figure, three
     * times the BSON size, held a third as many leads in the same cache: the leads pages at 100,000
     * leads slowed from 394 to 622 ms).
     */
    private volatile int memory = 10_000;

    @Override
    public int getMemory(Document document) {
        return memory;
    }

    /**
     * Each writing thread's encoding buffer, kept between documents: a new one per document grew
     * (and copied) itself several times for each lead. One that grew past {@link #KEPT_CAPACITY}
     * for an unusually large document is not kept.
     */
    private static final ThreadLocal<ByteBuf> ENCODING =
            ThreadLocal.withInitial(() -> Unpooled.buffer(16 * 1024));

    private static final int KEPT_CAPACITY = 1024 * 1024;

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = ENCODING.get().clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notBson) {
            serialised.write(buffer, document);
            return;
        }
        int size = bson.readableBytes();
        buffer.put(BSON).put(bson.nioBuffer());
        if (bson.capacity() > KEPT_CAPACITY) {
            ENCODING.remove();
        }
        memory = (memory * 15 + size) / 16;
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) serialised.read(buffer);
        }
        int start = buffer.position() + 1;
        int size = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start);
        ByteBuffer entry = buffer.duplicate();
        entry.position(start).limit(start + size);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(entry.slice()));
        buffer.position(start + size);
        return document;
    }

    @Override
    public int compare(Document a, Document b) {
        return serialised.compare(a, b);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
