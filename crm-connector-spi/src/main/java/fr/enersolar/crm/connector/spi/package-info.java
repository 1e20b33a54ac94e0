/**
 * The partner connector SPI: the contract between EnerSolar CRM and a buyer CRM's connector.
 *
 * <p>A connector jar holds a {@link fr.enersolar.crm.connector.spi.CrmConnectorFactory}
 * implementation named in {@code
 * META-INF/services/fr.enersolar.crm.connector.spi.CrmConnectorFactory}. The application finds it
 * with {@link java.util.ServiceLoader}, in its own libraries or in the connectors folder, shows the
 * {@linkplain fr.enersolar.crm.connector.spi.SettingDescriptor settings} it describes, builds a
 * {@link fr.enersolar.crm.connector.spi.CrmConnector} from the values the staff entered, and hands
 * it one {@link fr.enersolar.crm.connector.spi.LeadPayload} per delivery attempt. The connector
 * answers with a classified {@link fr.enersolar.crm.connector.spi.DeliveryResult}; the application
 * decides what happens next (retry with backoff, final failure, delivered).
 *
 * <p>Rule: plain Java only. Nothing in this package may import {@code jakarta.*}, a MicroProfile
 * API or any EnerSolar class outside this package, because partners compile their connectors
 * against this jar alone (the build enforces it). A connector jar must not bundle this SPI: the
 * application provides it. The SPI evolves only by adding types, {@code default} methods and enum
 * constants (see the module's {@code CHANGELOG.md}).
 *
 * @since 1.0
 */
package fr.enersolar.crm.connector.spi;
