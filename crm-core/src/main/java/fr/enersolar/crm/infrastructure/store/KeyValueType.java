package fr.enersolar.crm.infrastructure.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The H2 key type of the embedded store's unique indexes: {@link KeyValue}s compared value by
 * value, and written compactly (a marker byte, the count, then each value with a tag: strings in
 * UTF-8, numbers and booleans as such, any other value Java-serialised). A key written by H2's
 * {@link ObjectDataType} (Java serialisation of the whole key) is still read, for the one-time copy
 * of an index map the stock backend wrote.
 *
 * <p>H2's own type compares two {@code KeyValue}s, which are not {@code Comparable}, by serialising
 * both. This one compares the values in order: values of different classes by class name, values of
 * the common key classes (strings, numbers, booleans, dates, identifiers) by their natural order,
 * and any other value by its serialised bytes as H2 did. Two keys are equal exactly when H2's
 * comparison found them equal (the same classes and the same serialised form): each natural order
 * used here is consistent with {@code equals}, and {@code equals} of these classes is equality of
 * the serialised form. Only the order of unequal keys differs, which the index relies on for
 * nothing but lookups (it scans the whole map for a range).
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    /** Classes compared by their natural order: each is final and its order agrees with equals. */
    private static final Set<Class<?>> NATURAL =
            Set.of(
                    String.class,
                    Long.class,
                    Integer.class,
                    Double.class,
                    Boolean.class,
                    Instant.class,
                    Date.class,
                    UUID.class,
                    ObjectId.class);

    /** The first byte of a key in this type's own format; H2's own tags are all below 120. */
    static final byte COMPACT = (byte) 0xB1;

    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte INTEGER = 3;
    private static final byte DOUBLE = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;
    private static final byte NULL = 7;
    private static final byte MISSING = 8;
    private static final byte SERIALISED = 9;

    /** H2's type, one per map as H2 has it (it remembers the last type it met). */
    private final ObjectDataType serialised = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compareValues(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    int compareValues(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        if (ca != cb) {
            return ca.getName().compareTo(cb.getName());
        }
        if (NATURAL.contains(ca)) {
            return ((Comparable) a).compareTo(b);
        }
        return serialised.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        int bytes = 48;
        for (int i = 0; i < key.size(); i++) {
            bytes += key.get(i) instanceof String s ? 48 + 2 * s.length() : 24;
        }
        return bytes;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.put(COMPACT).putVarInt(key.size());
        for (int i = 0; i < key.size(); i++) {
            Object value = key.get(i);
            if (value instanceof String s) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                buffer.put(STRING).putVarInt(utf8.length).put(utf8);
            } else if (value instanceof Long l) {
                buffer.put(LONG).putLong(l);
            } else if (value instanceof Integer n) {
                buffer.put(INTEGER).putInt(n);
            } else if (value instanceof Double d) {
                buffer.put(DOUBLE).putLong(Double.doubleToLongBits(d));
            } else if (value instanceof Boolean b) {
                buffer.put(b ? TRUE : FALSE);
            } else if (value == null) {
                buffer.put(NULL);
            } else if (value instanceof Missing) {
                buffer.put(MISSING);
            } else {
                byte[] bytes = ObjectDataType.serialize(value);
                buffer.put(SERIALISED).putVarInt(bytes.length).put(bytes);
            }
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != COMPACT) {
            return (KeyValue) serialised.read(buffer); // a map of the stock backend
        }
        buffer.get();
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            byte tag = buffer.get();
            values.add(
                    switch (tag) {
                        case STRING -> {
                            byte[] utf8 = new byte[DataUtils.readVarInt(buffer)];
                            buffer.get(utf8);
                            yield new String(utf8, StandardCharsets.UTF_8);
                        }
                        case LONG -> buffer.getLong();
                        case INTEGER -> buffer.getInt();
                        case DOUBLE -> Double.longBitsToDouble(buffer.getLong());
                        case TRUE -> Boolean.TRUE;
                        case FALSE -> Boolean.FALSE;
                        case NULL -> null;
                        case MISSING -> Missing.getInstance();
                        case SERIALISED -> {
                            byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
                            buffer.get(bytes);
                            yield ObjectDataType.deserialize(bytes);
                        }
                        default -> throw new IllegalStateException("Unknown key value tag " + tag);
                    });
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
