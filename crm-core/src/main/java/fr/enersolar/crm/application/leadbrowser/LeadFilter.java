package fr.enersolar.crm.application.leadbrowser;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lead.LeadStatus;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;
import java.util.List;

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
 * @param anyStatus one of these intake conclusions ({@code status}); empty = any
 * @param anyDelivery one of these delivery statuses ({@code api_status}); empty = any
 */
public record LeadFilter(
        LeadStatus status,
        String delivery,
        ProductType product,
        FormCode form,
        Departement departement,
        Instant from,
        Instant to,
        List<String> anyStatus,
        List<String> anyDelivery) {

    public LeadFilter {
        if (delivery != null && delivery.isBlank()) {
            delivery = null;
        }
        anyStatus = anyStatus == null ? List.of() : List.copyOf(anyStatus);
        anyDelivery = anyDelivery == null ? List.of() : List.copyOf(anyDelivery);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
    }

    /** Without the "one of" lists: the table's filter form. */
    public LeadFilter(
            LeadStatus status,
            String delivery,
            ProductType product,
            FormCode form,
            Departement departement,
            Instant from,
            Instant to) {
        this(status, delivery, product, form, departement, from, to, List.of(), List.of());
    }

    /** The same selection over any period. */
    public LeadFilter withoutPeriod() {
        return new LeadFilter(
                status, delivery, product, form, departement, null, null, anyStatus, anyDelivery);
    }

    /** The same selection, narrowed to leads whose intake conclusion is one of {@code statuses}. */
    public LeadFilter withAnyStatus(List<LeadStatus> statuses) {
        return new LeadFilter(
                status,
                delivery,
                product,
                form,
                departement,
                from,
                to,
                statuses.stream().map(LeadStatus::wire).toList(),
                anyDelivery);
    }

    /** The same selection, narrowed to leads whose delivery status is one of {@code statuses}. */
    public LeadFilter withAnyDelivery(List<LeadStatus> statuses) {
        return new LeadFilter(
                status,
                delivery,
                product,
                form,
                departement,
                from,
                to,
                anyStatus,
                statuses.stream().map(LeadStatus::wire).toList());
    }

    /** Every lead. */
    public static LeadFilter none() {
        return new LeadFilter(null, null, null, null, null, null, null);
    }
}
