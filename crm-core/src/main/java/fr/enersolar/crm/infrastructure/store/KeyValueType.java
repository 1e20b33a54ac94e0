package fr.enersolar.crm.infrastructure.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The H2 key type of the embedded store's unique indexes: {@link KeyValue}s compared value by
 * value, written and read exactly as H2's {@link ObjectDataType} does (Java serialisation).
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
        return serialised.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        serialised.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return (KeyValue) serialised.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
