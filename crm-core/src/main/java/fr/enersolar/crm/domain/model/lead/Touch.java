package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Embeddable;
import java.time.Instant;

/** The campaign parameters of one touch point (first or last) of the visitor who became a lead. */
@Embeddable
public record Touch(
        @Column("utm_source") String source,
        @Column("utm_medium") String medium,
        @Column("utm_campaign") String campaign,
        @Column("referrer") String referrer,
        @Convert(InstantAsDate.class) @Column("at") Instant at) {

    public Touch {
        source = source == null ? "" : source;
        medium = medium == null ? "" : medium;
        campaign = campaign == null ? "" : campaign;
        referrer = referrer == null ? "" : referrer;
    }

    /** True when the touch carries no campaign parameter at all. */
    public boolean isEmpty() {
        return source.isEmpty() && medium.isEmpty() && campaign.isEmpty();
    }
}
