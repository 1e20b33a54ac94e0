package fr.enersolar.crm.infrastructure.persistence.mongo;

import jakarta.nosql.AttributeConverter;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Writes an entity as the BSON document JNoSQL would write for it, without JNoSQL's per-call cost
 * (a CDI lookup, with a stack walk, for every converted field of every write). For the hot write
 * paths only (the lead insert of intake); every read, and every other write, stays with JNoSQL. The
 * plan of each class is built once by reflection from the same annotations JNoSQL reads
 * ({@code @Id}, {@code @Column}, {@code @Convert}, {@code @Embeddable} flat or grouping,
 * {@code @MappedSuperclass}); a test checks field by field that the documents are the same as
 * JNoSQL's.
 */
final class EntityDocuments {

    private static final Map<Class<?>, EntityDocuments> PLANS = new ConcurrentHashMap<>();

    private final List<Slot> slots;

    private EntityDocuments(List<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    /** The document of {@code entity}, keyed as JNoSQL keys it ({@code _id} for the id). */
    static Document write(Object entity) {
        Document document = new Document();
        plan(entity.getClass()).writeInto(entity, document);
        return document;
    }

    private static EntityDocuments plan(Class<?> type) {
        return PLANS.computeIfAbsent(type, EntityDocuments::build);
    }

    private void writeInto(Object entity, Document document) {
        for (Slot slot : slots) {
            slot.write(entity, document);
        }
    }

    private static EntityDocuments build(Class<?> type) {
        List<Slot> slots = new ArrayList<>();
        for (Field field : EntityMapping.mappedFields(type)) {
            slots.add(new Slot(EntityMapping.key(field), handle(field), valueWriter(field)));
        }
        return new EntityDocuments(slots);
    }

    private static VarHandle handle(Field field) {
        try {
            return MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup())
                    .unreflectVarHandle(field);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    /** How one field's value goes into the document. */
    private interface ValueWriter {
        void write(String name, Object value, Document into);
    }

    private record Slot(String name, VarHandle handle, ValueWriter writer) {
        void write(Object entity, Document into) {
            writer.write(name, handle.get(entity), into);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueWriter valueWriter(Field field) {
        AttributeConverter converter = EntityMapping.converter(field);
        if (converter != null) {
            return (name, value, into) ->
                    into.put(name, value == null ? null : converter.convertToDatabaseColumn(value));
        }
        if (EntityMapping.flat(field.getType())) {
            return (name, value, into) -> {
                if (value == null) {
                    into.put(name, null); // as JNoSQL: the absent group is one null key
                } else {
                    plan(value.getClass()).writeInto(value, into);
                }
            };
        }
        return (name, value, into) -> into.put(name, plain(value));
    }

    /** Whether a class is mapped ({@code @Embeddable} or {@code @Entity}): asked once per class. */
    private static final ClassValue<Boolean> MAPPED =
            new ClassValue<>() {
                @Override
                protected Boolean computeValue(Class<?> type) {
                    return type.isAnnotationPresent(Embeddable.class)
                            || type.isAnnotationPresent(Entity.class);
                }
            };

    /** A value as JNoSQL stores it: embedded objects as documents, collections element-wise. */
    private static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        if (MAPPED.get(value.getClass())) {
            return write(value);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> collection) {
            List<Object> list = new ArrayList<>(collection.size());
            for (Object element : collection) {
                list.add(plain(element));
            }
            return list;
        }
        return value;
    }
}
