/**
 * What staff set up before leads can come in: accounts, buyer CRMs, landing pages and forms
 * (SPEC-seed §1.3–§1.6, §5.3, §6.5–§6.6). Use cases take the caller and the submitted values, check
 * them, write, and record the change in the activity log; read models carry the figures of the
 * lists (visits, clicks, starts, leads), counted by the store for a whole page at once.
 *
 * <p>Partner keys are sealed before they are stored and shown masked; the clear key is shown only
 * in the answer of the call that set it.
 */
package fr.enersolar.crm.application.catalogue;
