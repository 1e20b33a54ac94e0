package fr.enersolar.crm.connector.spi;

import java.util.List;

/**
 * The entry point of a connector jar, found by {@link java.util.ServiceLoader}: name the
 * implementation class in {@code
 * META-INF/services/fr.enersolar.crm.connector.spi.CrmConnectorFactory}. It needs a public
 * no-argument constructor and must be cheap to instantiate: the application instantiates every
 * factory it finds to list them, even those it never uses.
 *
 * <p>A factory says who it is ({@link #id()}, {@link #displayName()}, {@link #version()}), which
 * settings it needs (as data, so the admin UI renders and checks them), and builds connectors from
 * checked settings. Factories are thread-safe.
 *
 * @since 1.0
 */
public interface CrmConnectorFactory {

    /**
     * The connector's stable identifier, unique among installed connectors; the application stores
     * it with each CRM that uses this connector, so it never changes between versions.
     *
     * @return lower-case letters, digits, {@code -} or {@code _}, starting with a letter ({@code
     *     zr7})
     */
    String id();

    /**
     * The name the admin UI shows ({@code ZR7 Digital}).
     *
     * @return the name, not blank
     */
    String displayName();

    /**
     * The connector's own version, logged at discovery and shown by the admin API. The default
     * reads {@code Implementation-Version} from the manifest of the jar the factory class comes
     * from.
     *
     * @return the version, or {@code unknown}
     */
    default String version() {
        Package p = getClass().getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null || version.isBlank() ? "unknown" : version;
    }

    /**
     * The settings a connector needs, in the order the admin UI shows them. Keys are unique.
     *
     * @return the descriptors, possibly empty
     */
    List<SettingDescriptor> settings();

    /**
     * Builds a connector.
     *
     * @param settings values checked against {@link #settings()}
     * @return a connector, ready to deliver; the caller closes it
     * @throws ConnectorException when a value is acceptable for its type but not for this connector
     *     (a timeout of zero, for instance)
     */
    CrmConnector create(ConnectorSettings settings);
}
