/**
 * The ZR7 Digital connector: {@link fr.enersolar.crm.connector.zr7.Zr7ConnectorFactory}, found
 * through {@code META-INF/services}, never referenced by the core.
 *
 * <p>Rule: it sees only the connector SPI and the shared partner protocol ({@code connector-http},
 * shaded into this jar under {@code fr.enersolar.crm.connector.zr7.internal.http}). The JAX-RS
 * client and JSON-P are the server's: the jar bundles neither the SPI nor any implementation, so it
 * works in the EAR's {@code lib/} and, unchanged, from the connectors folder.
 */
package fr.enersolar.crm.connector.zr7;
