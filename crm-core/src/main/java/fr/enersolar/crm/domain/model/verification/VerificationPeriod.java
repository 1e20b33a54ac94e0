package fr.enersolar.crm.domain.model.verification;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** The half-open window of lead creation times a run checked: {@code [from, to)}. */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public record VerificationPeriod(
        @Convert(InstantAsDate.class) @Column("from") Instant from,
        @Convert(InstantAsDate.class) @Column("to") Instant to) {

    public VerificationPeriod {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }
}
