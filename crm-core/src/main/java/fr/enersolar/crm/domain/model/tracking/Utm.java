package fr.enersolar.crm.domain.model.tracking;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A marketing touch: the campaign parameters ({@code utm_source}, {@code utm_medium}, {@code
 * utm_campaign}) a visitor arrived with, the page that referred them, and when. Blank values are
 * empty strings; each value is cut to {@value #MAX_LENGTH} characters, since browsers send whatever
 * the URL held.
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public record Utm(
        @Column("utm_source") String source,
        @Column("utm_medium") String medium,
        @Column("utm_campaign") String campaign,
        @Column("referrer") String referrer,
        @Convert(InstantAsDate.class) @Column("at") Instant at) {

    /** The longest value kept. */
    public static final int MAX_LENGTH = 500;

    public Utm {
        source = clean(source);
        medium = clean(medium);
        campaign = clean(campaign);
        referrer = clean(referrer);
        // at may be null only when the mapper reads a session without this touch: such an empty
        // Utm has no campaign, and VisitorSession treats it as no touch.
    }

    /**
     * The touch an event carries, or empty when it has no campaign parameter at all (a referrer
     * alone is not a campaign touch).
     */
    public static Optional<Utm> of(
            String source, String medium, String campaign, String referrer, Instant at) {
        Utm utm = new Utm(source, medium, campaign, referrer, Objects.requireNonNull(at));
        return utm.hasCampaign() ? Optional.of(utm) : Optional.empty();
    }

    /** True when at least one of source, medium or campaign is given. */
    public boolean hasCampaign() {
        return !source.isEmpty() || !medium.isEmpty() || !campaign.isEmpty();
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String trimmed = value.trim();
        return trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed;
    }
}
