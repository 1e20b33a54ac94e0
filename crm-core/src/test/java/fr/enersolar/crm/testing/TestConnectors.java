package fr.enersolar.crm.testing;

import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.domain.model.crm.CrmId;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A connector registry a test fills by hand (add it to the container with its bean class). */
@ApplicationScoped
@Alternative
@Priority(100)
public class TestConnectors implements ConnectorRegistry {

    private final Map<CrmId, CrmConnector> connectors = new ConcurrentHashMap<>();

    public void register(CrmId crm, CrmConnector connector) {
        connectors.put(crm, connector);
    }

    @Override
    public Optional<CrmConnector> connectorFor(CrmId crm) {
        return Optional.ofNullable(connectors.get(crm));
    }
}
