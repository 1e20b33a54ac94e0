package fr.enersolar.crm.domain.model.lead;

import static fr.enersolar.crm.domain.model.lead.Prospect.blankIfNull;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * Where the lead came from: the landing page and liaison code the form script sent, and the
 * campaign parameters. Kept as submitted (a lead is stored even when a code is malformed).
 */
@Embeddable(Embeddable.EmbeddableType.FLAT)
public record Attribution(
        @Column("lp_code") String lpCode,
        @Column("liaison_code") String liaisonCode,
        @Column("source") String source,
        @Column("utm_source") String utmSource,
        @Column("utm_medium") String utmMedium,
        @Column("utm_campaign") String utmCampaign) {

    public Attribution {
        lpCode = blankIfNull(lpCode);
        liaisonCode = blankIfNull(liaisonCode);
        source = blankIfNull(source);
        utmSource = blankIfNull(utmSource);
        utmMedium = blankIfNull(utmMedium);
        utmCampaign = blankIfNull(utmCampaign);
    }

    /** A lead that came with no attribution at all. */
    public static Attribution direct() {
        return new Attribution(null, null, null, null, null, null);
    }
}
