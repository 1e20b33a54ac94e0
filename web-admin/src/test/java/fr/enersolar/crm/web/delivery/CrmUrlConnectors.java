package fr.enersolar.crm.web.delivery;

import fr.enersolar.crm.application.connectors.ConnectorRegistry;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only registry for the delivery integration tests: every CRM gets the zr7 connector (found by
 * {@link ServiceLoader} in the deployed jar) pointed at the CRM's {@code api_url}, where the test's
 * stub partner listens. Chosen over the application's registry while deployed.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class CrmUrlConnectors implements ConnectorRegistry {

    @Inject CrmRepository crms;

    private final Map<CrmId, CrmConnector> made = new ConcurrentHashMap<>();

    @Override
    public Optional<CrmConnector> connectorFor(CrmId crm) {
        return Optional.ofNullable(made.computeIfAbsent(crm, this::make));
    }

    private CrmConnector make(CrmId id) {
        return crms.find(id)
                .map(
                        crm -> {
                            CrmConnectorFactory zr7 = zr7();
                            return zr7.create(
                                    ConnectorSettings.of(
                                            zr7.settings(),
                                            Map.of(
                                                    "api_url",
                                                    crm.apiUrl(),
                                                    "read_timeout_ms",
                                                    "5000")));
                        })
                .orElse(null);
    }

    private static CrmConnectorFactory zr7() {
        for (CrmConnectorFactory f :
                ServiceLoader.load(
                        CrmConnectorFactory.class, CrmUrlConnectors.class.getClassLoader())) {
            if (f.id().equals("zr7")) {
                return f;
            }
        }
        throw new IllegalStateException("the zr7 connector is not deployed");
    }
}
