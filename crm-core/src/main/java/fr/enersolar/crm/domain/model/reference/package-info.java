/**
 * Reference data of the settings (SPEC-seed §1.12, §5.3 "Config"): diffusion sources, product types
 * with their financial aids, and the image library. Descriptive only: routing and intake do not
 * read them.
 */
package fr.enersolar.crm.domain.model.reference;
