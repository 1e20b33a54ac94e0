/**
 * Configuration: every key in {@link fr.enersolar.crm.infrastructure.config.ConfigKey}, read only
 * through {@link fr.enersolar.crm.infrastructure.config.CrmConfig}. No other class spells a key.
 */
package fr.enersolar.crm.infrastructure.config;
