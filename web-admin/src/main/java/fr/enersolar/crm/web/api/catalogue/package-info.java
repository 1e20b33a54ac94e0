/**
 * The admin JSON API of accounts, CRMs, landing pages and forms (SPEC-seed §5.3): thin resources
 * over {@code application.catalogue}, the seed's paths and keys, bodies read field by field.
 */
package fr.enersolar.crm.web.api.catalogue;
