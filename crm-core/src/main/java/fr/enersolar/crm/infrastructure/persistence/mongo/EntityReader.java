package fr.enersolar.crm.infrastructure.persistence.mongo;

import jakarta.nosql.AttributeConverter;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Reads an entity from its document as JNoSQL reads it, without JNoSQL's per-call cost (a CDI
 * lookup with a stack walk for every record it builds: each flat group, each timeline entry and
 * routing candidate of a lead). The counterpart of {@link EntityDocuments} for the hot read paths
 * only (the delivery workers' claims); every other read stays with JNoSQL. Classes with a no-arg
 * constructor get their {@code @Id}/{@code @Column} fields set; records are built through their
 * canonical constructor. A test checks, for full and bare leads, that the result is the same as
 * JNoSQL's.
 */
final class EntityReader {

    private static final Map<Class<?>, EntityReader> PLANS = new ConcurrentHashMap<>();

    private final Class<?> type;
    private final List<Slot> slots;
    private final Constructor<?> constructor;
    private final boolean record;

    private EntityReader(Class<?> type, List<Slot> slots, Constructor<?> constructor) {
        this.type = type;
        this.slots = List.copyOf(slots);
        this.constructor = constructor;
        this.record = type.isRecord();
    }

    /** The entity {@code document} holds, as JNoSQL would build it. */
    static <T> T read(Document document, Class<T> type) {
        return type.cast(plan(type).build(document));
    }

    private static EntityReader plan(Class<?> type) {
        return PLANS.computeIfAbsent(type, EntityReader::prepare);
    }

    private Object build(Document document) {
        try {
            if (record) {
                Object[] arguments = new Object[slots.size()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = slots.get(i).value(document);
                }
                return constructor.newInstance(arguments);
            }
            Object entity = constructor.newInstance();
            for (Slot slot : slots) {
                // As JNoSQL: a key absent or null leaves the field as the constructor left it,
                // except an embeddable's, which is built from no values at all.
                if (slot.flat() || document.get(slot.name()) != null) {
                    slot.field().set(entity, slot.value(document));
                } else if (document.containsKey(slot.name()) && slot.embeddable()) {
                    slot.field().set(entity, plan(slot.field().getType()).build(new Document()));
                }
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static EntityReader prepare(Class<?> type) {
        List<Slot> slots = new ArrayList<>();
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    Field field = type.getDeclaredField(components[i].getName());
                    slots.add(slot(field));
                }
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                return new EntityReader(type, slots, canonical);
            }
            for (Field field : EntityMapping.mappedFields(type)) {
                slots.add(slot(field));
            }
            Constructor<?> none = type.getDeclaredConstructor();
            none.setAccessible(true);
            return new EntityReader(type, slots, none);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot map " + type.getName(), e);
        }
    }

    private static Slot slot(Field field) {
        return new Slot(
                EntityMapping.key(field),
                field,
                EntityMapping.converter(field),
                EntityMapping.flat(field.getType()));
    }

    /** One field: where its value is in the document and how it becomes the field's type. */
    private record Slot(
            String name, Field field, AttributeConverter<?, ?> converter, boolean flat) {

        boolean embeddable() {
            return field.getType().isAnnotationPresent(Embeddable.class);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        Object value(Document document) {
            if (flat) {
                // As JNoSQL: a flat group is read from the keys of the same document (built even
                // when the writer wrote its single null key for an absent group).
                return plan(field.getType()).build(document);
            }
            Object stored = document.get(name);
            if (converter != null) {
                return stored == null
                        ? null
                        : ((AttributeConverter) converter).convertToEntityAttribute(stored);
            }
            return convert(stored, field.getType(), field.getGenericType());
        }
    }

    /** A stored value as a value of {@code type}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object stored, Class<?> type, Type generic) {
        if (stored == null) {
            return primitiveDefault(type);
        }
        if ((type.isInstance(stored) || (type == boolean.class && stored instanceof Boolean))
                && !(stored instanceof Collection<?>)) {
            return stored;
        }
        if (stored instanceof Document sub
                && (type.isAnnotationPresent(Embeddable.class)
                        || type.isAnnotationPresent(Entity.class))) {
            return plan(type).build(sub);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, stored.toString());
        }
        if (stored instanceof Number n) {
            if (type == long.class || type == Long.class) {
                return n.longValue();
            }
            if (type == int.class || type == Integer.class) {
                return n.intValue();
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
        }
        if (type == String.class) {
            return stored.toString();
        }
        if (stored instanceof Collection<?> elements
                && Collection.class.isAssignableFrom(type)
                && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            Collection<Object> values =
                    Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
            for (Object e : elements) {
                values.add(convert(e, element, element));
            }
            return values;
        }
        if (stored instanceof Document sub
                && sub.isEmpty()
                && Collection.class.isAssignableFrom(type)) {
            // JNoSQL writes an empty collection of embeddables as an empty document
            return Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
        }
        throw new IllegalStateException(
                "cannot read a " + stored.getClass().getName() + " as " + type.getName());
    }

    private static Object primitiveDefault(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        return 0;
    }
}
