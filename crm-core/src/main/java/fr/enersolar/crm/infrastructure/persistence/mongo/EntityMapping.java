package fr.enersolar.crm.infrastructure.persistence.mongo;

import jakarta.nosql.AttributeConverter;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Id;
import jakarta.nosql.MappedSuperclass;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping annotations as JNoSQL reads them, shared by {@link EntityDocuments} (writes) and
 * {@link EntityReader} (reads) so that both keep one reading of them: which fields are mapped,
 * under which key, through which converter, and which embeddables are flat.
 */
final class EntityMapping {

    private EntityMapping() {}

    /**
     * The mapped fields of {@code type}: its own and those of its {@code @MappedSuperclass}
     * ancestors, the topmost ancestor's first; only non-static fields with {@code @Id} or
     * {@code @Column}; made accessible.
     */
    static List<Field> mappedFields(Class<?> type) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c == type || c.isAnnotationPresent(MappedSuperclass.class)) {
                hierarchy.add(0, c);
            }
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())
                        || (field.getAnnotation(Id.class) == null
                                && field.getAnnotation(Column.class) == null)) {
                    continue;
                }
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    /** The document key of {@code field}: {@code _id} for the id, else the column's name. */
    static String key(Field field) {
        if (field.getAnnotation(Id.class) != null) {
            return "_id";
        }
        Column column = field.getAnnotation(Column.class);
        return column == null || column.value().isEmpty() ? field.getName() : column.value();
    }

    /** The converter {@code @Convert} names on {@code field}, or {@code null}. */
    static AttributeConverter<?, ?> converter(Field field) {
        Convert convert = field.getAnnotation(Convert.class);
        if (convert == null) {
            return null;
        }
        try {
            return (AttributeConverter<?, ?>)
                    convert.value().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the converter " + convert.value(), e);
        }
    }

    /** Whether {@code type} is an embeddable whose fields are stored in its owner's document. */
    static boolean flat(Class<?> type) {
        Embeddable embeddable = type.getAnnotation(Embeddable.class);
        return embeddable != null && embeddable.value() == Embeddable.EmbeddableType.FLAT;
    }
}
