/**
 * Value objects shared by several aggregates (products, départements, identifiers), plus {@link
 * fr.enersolar.crm.domain.model.shared.InstantAsDate}, the one mapping converter the entities
 * share. Pure Java otherwise: nothing here knows about the driver or any other layer.
 */
package fr.enersolar.crm.domain.model.shared;
