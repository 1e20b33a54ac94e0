package fr.enersolar.crm.application.leadbrowser;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;

/**
 * Which leads the staff's lead table shows. Every part is optional ({@code null} = any); the parts
 * given must all hold. The period is half-open: {@code from} included, {@code to} excluded.
 *
 * @param status the diagnostic status given at intake
 * @param delivery the delivery status ({@code api_status}: {@code pending}, {@code success}…)
 * @param product the product
 * @param form the form the lead came through
 * @param departement the prospect's département
 * @param from received at or after
 * @param to received before
 */
public record LeadFilter(
        LeadStatus status,
        String delivery,
        ProductType product,
        FormCode form,
        Departement departement,
        Instant from,
        Instant to) {

    public LeadFilter {
        if (delivery != null && delivery.isBlank()) {
            delivery = null;
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
    }

    /** The same selection over any period. */
    public LeadFilter withoutPeriod() {
        return new LeadFilter(status, delivery, product, form, departement, null, null);
    }

    /** Every lead. */
    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null, null);
    }
}
