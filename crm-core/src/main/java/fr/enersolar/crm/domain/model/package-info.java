/**
 * The domain model: aggregates, value objects and repository interfaces, in the operator's words.
 * Depends on nothing but the JDK and the mapping annotations (Jakarta NoSQL, which only describe
 * the documents): no driver, no CDI, no HTTP, no Faces; identifiers and codes are value objects.
 */
package fr.enersolar.crm.domain.model;
