package fr.enersolar.crm.domain.model.shared;

import jakarta.nosql.AttributeConverter;
import java.time.Instant;
import java.util.Date;

/**
 * Stores an {@link Instant} as a BSON date. JNoSQL's default writes {@code Instant.toString()}, a
 * string whose length varies ({@code …:50Z} and {@code …:50.664Z}), so range queries and sorts on
 * it would compare text: the seed's date defect. BSON dates keep millisecond precision.
 */
public class InstantAsDate implements AttributeConverter<Instant, Date> {

    @Override
    public Date convertToDatabaseColumn(Instant attribute) {
        return attribute == null ? null : Date.from(attribute);
    }

    @Override
    public Instant convertToEntityAttribute(Date dbData) {
        return dbData == null ? null : dbData.toInstant();
    }
}
