package fr.enersolar.crm.web.dropin;

import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import java.util.List;

/** A second drop-in connector, put in the folder while the application runs. */
public class ThirdConnectorFactory extends EchoConnectorFactory {

    @Override
    public String id() {
        return "third";
    }

    @Override
    public String displayName() {
        return "Third (test)";
    }

    @Override
    public List<SettingDescriptor> settings() {
        return List.of();
    }

    @Override
    public CrmConnector create(ConnectorSettings settings) {
        return super.create(settings);
    }
}
