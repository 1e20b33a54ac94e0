package fr.enersolar.crm.infrastructure.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyValueType} against H2's own comparison of serialised keys: the same equal pairs, a
 * total order; and its keys read back equal, from its own format and from H2's.
 */
class KeyValueTypeTest {

    private final KeyValueType type = new KeyValueType();

    /** Values of every kind an index key holds, each built twice (equal, not identical). */
    private static List<Object> values() {
        List<Object> v = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
            v.add(new String("0612345678"));
            v.add(new String("0612345679"));
            v.add(new String(""));
            v.add(Long.valueOf(42_000_000_000L));
            v.add(Long.valueOf(-1));
            v.add(Integer.valueOf(42));
            v.add(Double.valueOf(42.0));
            v.add(Double.valueOf(0.0));
            v.add(Double.valueOf(-0.0));
            v.add(Double.valueOf(Double.NaN));
            v.add(Boolean.TRUE);
            v.add(Boolean.FALSE);
            v.add(Instant.ofEpochMilli(1_790_000_000_000L));
            v.add(new Date(1_790_000_000_000L));
            v.add(UUID.fromString("01a20dea-593a-7d6f-9fcd-ea969904c1a6"));
            v.add(new ObjectId("5f1e0a0b0c0d0e0f10111213"));
            v.add(new Document("a", 1).append("b", "x"));
            v.add(new ArrayList<>(List.of("x", 1)));
            v.add(Missing.getInstance());
            v.add(null);
        }
        return v;
    }

    private static List<KeyValue> keys() {
        List<KeyValue> keys = new ArrayList<>();
        List<Object> values = values();
        for (Object a : values) {
            keys.add(new KeyValue(List.of(wrap(a))));
            for (Object b : values.subList(0, 6)) {
                keys.add(new KeyValue(Arrays.asList(a, b)));
            }
        }
        return keys;
    }

    private static Object wrap(Object o) {
        return o == null ? Missing.getInstance() : o;
    }

    /**
     * Equal exactly when H2 found them equal: the same number of values, each serialised alike. (H2
     * serialised the whole key, where a value repeated as the same instance is written as a
     * back-reference: two keys of equal values could then differ. Not so here.)
     */
    @Test
    void equalExactlyWhenEachValueSerialisesAlikeAndAntisymmetric() {
        List<KeyValue> keys = keys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int c = type.compare(a, b);
                assertThat(c == 0).as("%s vs %s", a, b).isEqualTo(serialisedAlike(a, b));
                assertThat(Integer.signum(type.compare(b, a))).isEqualTo(-Integer.signum(c));
            }
        }
    }

    private static boolean serialisedAlike(KeyValue a, KeyValue b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(
                    ObjectDataType.serialize(a.get(i)), ObjectDataType.serialize(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aTotalOrder() {
        List<KeyValue> keys = keys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                for (KeyValue c : keys.subList(0, 40)) {
                    if (type.compare(a, b) <= 0 && type.compare(b, c) <= 0) {
                        assertThat(type.compare(a, c))
                                .as("%s <= %s <= %s", a, b, c)
                                .isNotPositive();
                    }
                }
            }
        }
    }

    @Test
    void readBackEqualFromItsOwnFormatAndFromH2s() {
        ObjectDataType h2 = new ObjectDataType();
        for (KeyValue key : keys()) {
            WriteBuffer ours = new WriteBuffer();
            type.write(ours, key);
            WriteBuffer theirs = new WriteBuffer();
            h2.write(theirs, key);
            byte[] compact = bytes(ours);
            assertThat(compact[0]).isEqualTo(KeyValueType.COMPACT);
            for (byte[] entry : List.of(compact, bytes(theirs))) {
                ByteBuffer in = ByteBuffer.wrap(entry);
                KeyValue read = type.read(in);
                assertThat(in.remaining()).as("bytes left after %s", key).isZero();
                assertThat(type.compare(read, key)).as("%s read back as %s", key, read).isZero();
            }
        }
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer b = buffer.getBuffer();
        b.flip();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
