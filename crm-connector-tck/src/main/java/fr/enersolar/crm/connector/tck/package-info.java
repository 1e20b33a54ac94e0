/**
 * The connector TCK: contract test suites a connector's own test extends, so that every connector
 * is held to the same rules.
 *
 * <ul>
 *   <li>{@link fr.enersolar.crm.connector.tck.CrmConnectorContract}: what any connector owes the
 *       application (found by {@code ServiceLoader}, well-formed settings, a clean lifecycle).
 *   <li>{@link fr.enersolar.crm.connector.tck.PartnerApiContract}: the partner API contract of ZR7
 *       Digital and Maison du Lead, checked against a stub partner over real HTTP (WireMock): the
 *       request's shape and every class of answer.
 *   <li>{@link fr.enersolar.crm.connector.tck.DropIn}: loads a built connector jar the way the
 *       connectors folder does, so the same suites can run against the jar itself.
 * </ul>
 *
 * <p>Rule: test code, used in test scope only; it sees the SPI and test libraries, never a
 * connector's classes.
 */
package fr.enersolar.crm.connector.tck;
