package fr.enersolar.crm.web.dropin;

import fr.enersolar.crm.connector.spi.ConnectorException;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.spi.DeliveryResult;
import fr.enersolar.crm.connector.spi.LeadPayload;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.connector.spi.SettingType;
import java.util.List;

/**
 * A drop-in connector for the integration tests: never in the deployed WAR, only in a jar the test
 * builds and puts in the connectors folder. Its connector describes itself by {@code toString()}
 * and delivers nothing.
 */
public class EchoConnectorFactory implements CrmConnectorFactory {

    @Override
    public String id() {
        return "echo";
    }

    @Override
    public String displayName() {
        return "Echo (test)";
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of(
                SettingDescriptor.builder("api_url", SettingType.URL)
                        .label("URL de l'API")
                        .required()
                        .help("Adresse du partenaire")
                        .build(),
                SettingDescriptor.builder("token", SettingType.SECRET).label("Jeton").build(),
                SettingDescriptor.builder("read_timeout_ms", SettingType.INT)
                        .label("Délai de lecture (ms)")
                        .defaultValue("15000")
                        .build());
    }

    @Override
    public CrmConnector create(ConnectorSettings settings) {
        String description = id() + ":" + settings.string("api_url");
        return new CrmConnector() {
            @Override
            public DeliveryResult deliver(LeadPayload lead) {
                throw new ConnectorException("Echo ne livre pas");
            }

            @Override
            public void close() {}

            @Override
            public String toString() {
                return description;
            }
        };
    }
}
