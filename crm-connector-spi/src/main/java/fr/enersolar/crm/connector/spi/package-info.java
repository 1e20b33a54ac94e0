/**
 * The partner connector SPI: the contract between EnerSolar CRM and a buyer CRM's connector.
 *
 * <p>Rule: plain Java only. Nothing in this package may import {@code jakarta.*}, a MicroProfile
 * API or any EnerSolar class outside this package, because partners compile their connectors
 * against this jar alone. The types are introduced by the routing and delivery work (see the
 * project's CHANGELOG for this module).
 */
package fr.enersolar.crm.connector.spi;
