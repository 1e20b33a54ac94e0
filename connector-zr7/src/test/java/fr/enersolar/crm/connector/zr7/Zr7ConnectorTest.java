package fr.enersolar.crm.connector.zr7;

import static fr.enersolar.crm.connector.http.PartnerApiConnectorFactory.API_URL;
import static fr.enersolar.crm.connector.http.PartnerApiConnectorFactory.CONNECT_TIMEOUT_MS;
import static fr.enersolar.crm.connector.http.PartnerApiConnectorFactory.READ_TIMEOUT_MS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.enersolar.crm.connector.spi.ConnectorException;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.connector.tck.PartnerApiContract;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ZR7 connector, from the test class path, against the partner contract suite. */
class Zr7ConnectorTest extends PartnerApiContract {

    @Override
    protected CrmConnectorFactory factory() {
        return new Zr7ConnectorFactory();
    }

    @Override
    protected Map<String, String> settingsFor(String apiUrl, int readTimeoutMillis) {
        return Map.of(API_URL, apiUrl, READ_TIMEOUT_MS, Integer.toString(readTimeoutMillis));
    }

    @Test
    void isZr7Digital() {
        CrmConnectorFactory factory = factory();

        assertThat(factory.id()).isEqualTo("zr7");
        assertThat(factory.displayName()).isEqualTo("ZR7 Digital");
        assertThat(factory.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void defaultsToZr7sEndpointAndTheUsualTimeouts() {
        ConnectorSettings defaults = ConnectorSettings.defaults(factory().settings());

        assertThat(defaults.url(API_URL))
                .isEqualTo(URI.create("https://app.zr7-digital.fr/lead/api/create_lead/"));
        assertThat(defaults.integer(CONNECT_TIMEOUT_MS)).isEqualTo(5_000);
        assertThat(defaults.integer(READ_TIMEOUT_MS)).isEqualTo(15_000);
        assertThat(factory().settings())
                .extracting(SettingDescriptor::key)
                .containsExactly(API_URL, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
    }

    @Test
    void refusesATimeoutOfZero() {
        ConnectorSettings zero =
                ConnectorSettings.of(factory().settings(), Map.of(READ_TIMEOUT_MS, "0"));

        assertThatThrownBy(() -> factory().create(zero))
                .isInstanceOf(ConnectorException.class)
                .hasMessageContaining(READ_TIMEOUT_MS);
    }
}
