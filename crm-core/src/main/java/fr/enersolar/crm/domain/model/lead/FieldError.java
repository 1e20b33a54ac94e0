package fr.enersolar.crm.domain.model.lead;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * One problem found in a submission: the field as the form script names it, and the reason in
 * French, as returned to the script and shown to the staff.
 */
@Embeddable
public record FieldError(@Column("field") String field, @Column("reason") String reason) {}
