/**
 * The ZR7 Digital connector.
 *
 * <p>Rule: it sees only the connector SPI (and the JAX-RS client API it uses for HTTP); it is
 * discovered through {@code META-INF/services}, never referenced by the core.
 */
package fr.enersolar.crm.connector.zr7;
