package fr.enersolar.crm.domain.service;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import java.util.Objects;

/**
 * A buyer CRM as routing sees it: whether it takes leads at all, and whether a partner key exists
 * for the lead (the form's key for the account's CRM, the CRM × product redistribution key for the
 * others, SPEC-seed §19).
 *
 * @param id the CRM
 * @param slug its slug, for the routing reason and the timeline
 * @param active false when the CRM takes no lead now (deactivated, or without a connector)
 * @param keyAvailable false when no partner key could be presented to it for this lead
 */
public record RoutingCrm(CrmId id, CrmSlug slug, boolean active, boolean keyAvailable) {

    public RoutingCrm {
        Objects.requireNonNull(id, "CRM id is required");
        Objects.requireNonNull(slug, "CRM slug is required");
    }

    /** An active CRM with a key for the lead. */
    public static RoutingCrm available(CrmId id, CrmSlug slug) {
        return new RoutingCrm(id, slug, true, true);
    }
}
