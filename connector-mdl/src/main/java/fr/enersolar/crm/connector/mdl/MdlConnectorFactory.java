package fr.enersolar.crm.connector.mdl;

import fr.enersolar.crm.connector.http.PartnerApiConnectorFactory;

/**
 * Delivers leads to Maison du Lead over its lead API (the shared partner contract). Settings: the
 * endpoint (MDL's production URL by default), connect and read timeouts; the key comes with each
 * lead.
 */
public final class MdlConnectorFactory extends PartnerApiConnectorFactory {

    /** The connector id, stored with the CRMs that use it. */
    public static final String ID = "mdl";

    /** Maison du Lead's production endpoint (SPEC-seed §1.4). */
    public static final String DEFAULT_API_URL = "https://maison-du-lead.com/lead/api/create_lead/";

    /** Called by {@link java.util.ServiceLoader}. */
    public MdlConnectorFactory() {
        super(ID, "Maison du Lead", DEFAULT_API_URL);
    }
}
