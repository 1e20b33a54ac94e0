package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Embeddable;
import java.time.Instant;

/**
 * Evidence of the visitor's consent (RGPD), kept with the lead: which consent text they saw (the
 * form's version), when, from which address and browser, on which page. The consent flags
 * themselves are the lead's {@code rgpd_consent} and {@code newsletter}. Stored flat.
 */
@Embeddable(Embeddable.EmbeddableType.FLAT)
public record Consent(
        @Column("consent_text_version") String textVersion,
        @Convert(InstantAsDate.class) @Column("consent_at") Instant at,
        @Column("user_agent") String userAgent,
        @Column("page_url") String pageUrl) {

    public Consent {
        textVersion = textVersion == null ? "" : textVersion;
        userAgent = userAgent == null ? "" : userAgent;
        pageUrl = pageUrl == null ? "" : pageUrl;
    }
}
