package fr.enersolar.crm.connector.zr7;

import fr.enersolar.crm.connector.http.PartnerApiConnectorFactory;

/**
 * Delivers leads to ZR7 Digital over its lead API (the shared partner contract). Settings: the
 * endpoint (ZR7's production URL by default), connect and read timeouts; the key comes with each
 * lead.
 */
public final class Zr7ConnectorFactory extends PartnerApiConnectorFactory {

    /** The connector id, stored with the CRMs that use it. */
    public static final String ID = "zr7";

    /** ZR7 Digital's production endpoint (SPEC-seed §1.4). */
    public static final String DEFAULT_API_URL = "https://app.zr7-digital.fr/lead/api/create_lead/";

    /** Called by {@link java.util.ServiceLoader}. */
    public Zr7ConnectorFactory() {
        super(ID, "ZR7 Digital", DEFAULT_API_URL);
    }
}
