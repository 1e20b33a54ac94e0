package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.MongoClientSettings;
import jakarta.nosql.AttributeConverter;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.BsonBinaryWriter;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;

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

    /**
     * The BSON of {@link #write}'s document with {@code extraKey} set last, byte for byte as the
     * driver encodes that document, written straight from the fields: no document in between, and
     * no codec looked up for each value (a tenth of intake's work went to building the document and
     * encoding it).
     */
    static RawBsonDocument encode(Object entity, String extraKey, Object extraValue) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(4096);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            plan(entity.getClass()).encodeInto(entity, writer);
            writer.writeName(extraKey);
            encodeValue(writer, extraValue);
            writer.writeEndDocument();
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    private static EntityDocuments plan(Class<?> type) {
        return PLANS.computeIfAbsent(type, EntityDocuments::build);
    }

    private void writeInto(Object entity, Document document) {
        for (Slot slot : slots) {
            slot.write(entity, document);
        }
    }

    private void encodeInto(Object entity, BsonWriter writer) {
        for (Slot slot : slots) {
            slot.encode(entity, writer);
        }
    }

    private static EntityDocuments build(Class<?> type) {
        List<Slot> slots = new ArrayList<>();
        for (Field field : EntityMapping.mappedFields(type)) {
            AttributeConverter<?, ?> converter = EntityMapping.converter(field);
            slots.add(
                    new Slot(
                            EntityMapping.key(field),
                            handle(field),
                            converter,
                            converter == null && EntityMapping.flat(field.getType())));
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

    /**
     * One mapped field: its key, how to read it, its converter if any, and whether it is a flat
     * group (its fields go into the enclosing document; an absent group is one null key, as JNoSQL
     * writes it).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private record Slot(String name, VarHandle handle, AttributeConverter converter, boolean flat) {
        void write(Object entity, Document into) {
            Object value = handle.get(entity);
            if (flat && value != null) {
                plan(value.getClass()).writeInto(value, into);
            } else {
                into.put(name, converter == null ? plain(value) : converted(value));
            }
        }

        void encode(Object entity, BsonWriter into) {
            Object value = handle.get(entity);
            if (flat && value != null) {
                plan(value.getClass()).encodeInto(value, into);
            } else {
                into.writeName(name);
                encodeValue(into, converter == null ? value : converted(value));
            }
        }

        private Object converted(Object value) {
            return value == null ? null : converter.convertToDatabaseColumn(value);
        }
    }

    /** The codecs of the values the common cases below do not cover, as the driver picks them. */
    private static final CodecRegistry CODECS = MongoClientSettings.getDefaultCodecRegistry();

    private static final EncoderContext CHILD = EncoderContext.builder().build();

    /**
     * {@link #plain}'s value as BSON, as the driver's document codec writes it: the common types
     * directly, mapped objects field by field, collections element-wise, anything else through the
     * driver's codec for its class.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void encodeValue(BsonWriter writer, Object value) {
        if (value == null) {
            writer.writeNull();
        } else if (value instanceof String string) {
            writer.writeString(string);
        } else if (value instanceof Boolean bool) {
            writer.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            writer.writeInt32(number);
        } else if (value instanceof Long number) {
            writer.writeInt64(number);
        } else if (value instanceof Date date) {
            writer.writeDateTime(date.getTime());
        } else if (MAPPED.get(value.getClass())) {
            writer.writeStartDocument();
            plan(value.getClass()).encodeInto(value, writer);
            writer.writeEndDocument();
        } else if (value instanceof Enum<?> e) {
            writer.writeString(e.name());
        } else if (value instanceof Collection<?> collection) {
            writer.writeStartArray();
            for (Object element : collection) {
                encodeValue(writer, element);
            }
            writer.writeEndArray();
        } else {
            Codec codec = CODECS.get(value.getClass());
            CHILD.encodeWithChildContext(codec, writer, value);
        }
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
