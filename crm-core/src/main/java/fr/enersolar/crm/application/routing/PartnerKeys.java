package fr.enersolar.crm.application.routing;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.Optional;

/**
 * The redistribution keys of SPEC-seed §19: the key a lead of {@code product} is presented with
 * when it goes to {@code crm} as a cross-CRM lead (the account's own CRM gets the form's key). The
 * key storage implements it; while none is deployed, no cross-CRM key exists and routing records
 * {@code no_api_key} for the other CRMs.
 */
public interface PartnerKeys {

    /** The clear key for leads of {@code product} sent to {@code crm}; empty when none is set. */
    Optional<String> keyFor(CrmId crm, ProductType product);

    /**
     * A number that changes whenever a key is set or removed through this server, so that what
     * routing keeps about the keys is renewed at once (other servers' changes: within seconds).
     */
    default long revision() {
        return 0;
    }
}
