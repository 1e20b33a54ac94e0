package fr.enersolar.crm.web.faces.admin;

import fr.enersolar.crm.application.settings.RedistributionKeys;
import java.io.Serializable;
import java.time.Instant;

/**
 * A partner key as the settings page lists it: masked ({@code ****} + last four), never in clear.
 *
 * @param crmId the CRM's id
 * @param crm the CRM's name and slug, or its id when it no longer exists
 * @param product {@code PV}, {@code PAC}, {@code ITE} or {@code *}
 * @param masked the masked key
 * @param updatedAt when it was last set
 */
public record PartnerKeyRow(
        String crmId, String crm, String product, String masked, Instant updatedAt)
        implements Serializable {

    static PartnerKeyRow of(RedistributionKeys.Listed listed) {
        return new PartnerKeyRow(
                listed.key().crm().value(),
                listed.crm()
                        .map(c -> c.name() + " (" + c.slug().value() + ")")
                        .orElse(listed.key().crm().value()),
                listed.key().productScope(),
                listed.key().maskedKey(),
                listed.key().updatedAt());
    }
}
