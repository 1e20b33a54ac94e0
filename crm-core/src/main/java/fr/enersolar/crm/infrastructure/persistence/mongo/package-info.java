/**
 * MongoDB implementations of the domain repositories, named {@code Mongo*Repository}: the JNoSQL
 * template for mapping, the driver's database for what the template cannot do (atomic counters,
 * counts, aggregations, bulk deletes). Domain value objects in, domain aggregates out.
 */
package fr.enersolar.crm.infrastructure.persistence.mongo;
