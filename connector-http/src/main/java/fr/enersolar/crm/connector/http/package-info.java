/**
 * The partner API contract that ZR7 Digital and Maison du Lead share (SPEC-seed §8 with the fixes
 * of §19), spoken over the portable JAX-RS client API: how a lead becomes a request ({@link
 * fr.enersolar.crm.connector.http.PartnerRequest}), how an answer becomes a {@link
 * fr.enersolar.crm.connector.spi.DeliveryResult} ({@link
 * fr.enersolar.crm.connector.http.PartnerResponses}), and the settings both connectors describe
 * ({@link fr.enersolar.crm.connector.http.PartnerApiConnectorFactory}).
 *
 * <p>Rule: this package sees the connector SPI, {@code jakarta.ws.rs.client} and {@code
 * jakarta.json} only, never an implementation class (no Jersey, no RESTEasy): the application
 * server provides the implementations. It is not a connector by itself: {@code connector-zr7} and
 * {@code connector-mdl} each shade it into their jar, relocated into their own package, so each
 * connector jar is self-contained in the connectors folder and no class exists twice in the EAR.
 */
package fr.enersolar.crm.connector.http;
