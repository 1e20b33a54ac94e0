package fr.enersolar.crm.web.faces.commandes;

import java.io.Serializable;

/**
 * A CRM's card on the commandes page: how many of its commandes are active.
 *
 * @param id the CRM's id
 * @param name its name
 * @param slug its slug
 * @param active its active commandes
 * @param total all its commandes
 */
public record CrmSummary(String id, String name, String slug, long active, long total)
        implements Serializable {}
