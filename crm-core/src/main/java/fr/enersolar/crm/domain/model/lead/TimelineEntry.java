package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Embeddable;
import java.time.Instant;

/**
 * One event in a lead's life, in order: received, validated, duplicate decision, routing, each
 * delivery attempt, staff edits. {@code message} is French text for the staff.
 *
 * @param type a stable machine name ({@code received}, {@code validated}, {@code duplicate}, …)
 */
@Embeddable
public record TimelineEntry(
        @Convert(InstantAsDate.class) @Column("at") Instant at,
        @Column("type") String type,
        @Column("message") String message) {}
