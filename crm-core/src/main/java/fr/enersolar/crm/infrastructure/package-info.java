/**
 * Technical adapters that implement what the domain declares. Nothing in the domain or application
 * layers may import from here; wiring happens through CDI.
 */
package fr.enersolar.crm.infrastructure;
