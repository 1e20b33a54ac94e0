package fr.enersolar.crm.application.leadbrowser;

import java.time.Instant;

/**
 * One row of the staff's lead table: the fields the table shows, read by projection (never the
 * whole lead). Text fields are empty when the lead lacks them.
 *
 * @param id the lead's id
 * @param receivedAt when intake received it
 * @param phone the national number as stored
 * @param civilite Mme, M., …
 * @param nom family name
 * @param prenom given name
 * @param codePostal postal code as submitted
 * @param departement département code
 * @param product product code ({@code PV}…), empty for an orphan lead
 * @param form form code, empty for an orphan lead
 * @param status diagnostic status
 * @param delivery delivery status ({@code api_status})
 * @param targetCrm slug of the buyer CRM it was routed to, empty while unrouted
 */
public record LeadSummary(
        String id,
        Instant receivedAt,
        String phone,
        String civilite,
        String nom,
        String prenom,
        String codePostal,
        String departement,
        String product,
        String form,
        String status,
        String delivery,
        String targetCrm) {}
