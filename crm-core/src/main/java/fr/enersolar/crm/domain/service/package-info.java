/**
 * Pure domain rules: functions of domain values and an injected clock at most, with no store, no
 * CDI, no HTTP and no configuration reading (callers pass the configured values). Routing ({@link
 * fr.enersolar.crm.domain.service.Router}), the wait for a commande ({@link
 * fr.enersolar.crm.domain.service.NoOrderPolicy}), delivery retries ({@link
 * fr.enersolar.crm.domain.service.DeliveryPolicy}) and the partners' circuit breakers ({@link
 * fr.enersolar.crm.domain.service.CircuitBreaker}) live here, with phone validation.
 */
package fr.enersolar.crm.domain.service;
