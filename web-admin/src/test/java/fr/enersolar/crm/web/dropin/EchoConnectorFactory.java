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
 * (its URL, and its token's SHA-256 when it has one) and delivers nothing.
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
        // The token's SHA-256, never the token: shows that the connector got the clear secret.
        String description =
                id()
                        + ":"
                        + settings.string("api_url")
                        + settings.value("token").map(t -> ":sha256=" + sha256(t)).orElse("");
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

    /** The SHA-256 of a text, in hex. */
    public static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(
                                            text.getBytes(
                                                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
