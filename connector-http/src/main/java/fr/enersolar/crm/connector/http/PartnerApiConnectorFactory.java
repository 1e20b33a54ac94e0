package fr.enersolar.crm.connector.http;

import fr.enersolar.crm.connector.spi.ConnectorException;
import fr.enersolar.crm.connector.spi.ConnectorSettings;
import fr.enersolar.crm.connector.spi.CrmConnector;
import fr.enersolar.crm.connector.spi.CrmConnectorFactory;
import fr.enersolar.crm.connector.spi.SettingDescriptor;
import fr.enersolar.crm.connector.spi.SettingType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * A connector factory for a partner speaking the shared partner contract: a subclass gives only its
 * id, display name and default endpoint. Settings: {@value #API_URL} (the endpoint), {@value
 * #CONNECT_TIMEOUT_MS} (default 5 s) and {@value #READ_TIMEOUT_MS} (default 15 s). The key is not a
 * setting: it comes with each lead ({@link fr.enersolar.crm.connector.spi.LeadPayload#apiKey()}).
 *
 * <p>The version is read from {@code connector.properties} ({@code version=…}) in the subclass's
 * package, which the build fills in.
 */
public abstract class PartnerApiConnectorFactory implements CrmConnectorFactory {

    /** The partner endpoint. */
    public static final String API_URL = "api_url";

    /** How long to wait for the partner to accept the connection, in milliseconds. */
    public static final String CONNECT_TIMEOUT_MS = "connect_timeout_ms";

    /** How long to wait for the partner's answer, in milliseconds. */
    public static final String READ_TIMEOUT_MS = "read_timeout_ms";

    private static final int MAX_TIMEOUT_MS = 300_000;

    private final String id;
    private final String displayName;
    private final List<SettingDescriptor> settings;
    private volatile String version;

    /**
     * Describes the partner.
     *
     * @param id the connector id ({@code zr7})
     * @param displayName the partner's name ({@code ZR7 Digital})
     * @param defaultApiUrl the partner's production endpoint
     */
    protected PartnerApiConnectorFactory(String id, String displayName, String defaultApiUrl) {
        this.id = Objects.requireNonNull(id);
        this.displayName = Objects.requireNonNull(displayName);
        this.settings =
                List.of(
                        SettingDescriptor.builder(API_URL, SettingType.URL)
                                .label("URL de l'API")
                                .required()
                                .defaultValue(defaultApiUrl)
                                .help(
                                        "Adresse à laquelle les leads sont envoyés (POST JSON), "
                                                + "par exemple celle du partenaire de test.")
                                .build(),
                        timeout(
                                CONNECT_TIMEOUT_MS,
                                "Délai de connexion (ms)",
                                5_000,
                                "Au-delà, la tentative échoue et sera relancée plus tard."),
                        timeout(
                                READ_TIMEOUT_MS,
                                "Délai de réponse (ms)",
                                15_000,
                                "Attente maximale de la réponse du partenaire ; au-delà, la "
                                        + "tentative est relancée plus tard."));
    }

    private static SettingDescriptor timeout(String key, String label, int millis, String help) {
        return SettingDescriptor.builder(key, SettingType.INT)
                .label(label)
                .required()
                .defaultValue(Integer.toString(millis))
                .help(help + " Entre 1 et " + MAX_TIMEOUT_MS + ".")
                .build();
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public String version() {
        String v = version;
        if (v == null) {
            v = readVersion();
            version = v;
        }
        return v;
    }

    private String readVersion() {
        try (InputStream in = getClass().getResourceAsStream("connector.properties")) {
            if (in == null) {
                return CrmConnectorFactory.super.version();
            }
            Properties properties = new Properties();
            properties.load(in);
            String v = properties.getProperty("version", "").trim();
            return v.isEmpty() ? CrmConnectorFactory.super.version() : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final List<SettingDescriptor> settings() {
        return settings;
    }

    @Override
    public final CrmConnector create(ConnectorSettings values) {
        return new PartnerApiConnector(
                values.url(API_URL),
                Duration.ofMillis(timeoutOf(values, CONNECT_TIMEOUT_MS)),
                Duration.ofMillis(timeoutOf(values, READ_TIMEOUT_MS)),
                "EnerSolarCRM-connector-" + id + "/" + version());
    }

    private static int timeoutOf(ConnectorSettings values, String key) {
        int millis = values.integer(key);
        if (millis < 1 || millis > MAX_TIMEOUT_MS) {
            throw ConnectorException.invalidSetting(
                    key, "Délai invalide (" + key + ") : entre 1 et " + MAX_TIMEOUT_MS + " ms");
        }
        return millis;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + " " + version() + "]";
    }
}
