package fr.enersolar.crm.application.connectors;

import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.domain.model.crm.CrmId;
import java.util.Optional;

/**
 * The connectors the application can deliver with: those packaged in the EAR and those dropped in
 * the connectors folder. Delivery asks it for the connector of a CRM; the admin API lists and
 * rescans through the implementation.
 */
public interface ConnectorRegistry {

    /**
     * The ready connector of this CRM (its configured connector created with its settings), or
     * empty when the CRM is unknown, has no connector, or its connector is not installed. The
     * registry owns the instance (callers never close it) and replaces it when settings change or a
     * rescan finds a new version.
     */
    Optional<CrmConnector> connectorFor(CrmId crm);
}
