package fr.enersolar.crm.domain.model.lead;

/**
 * Why routing took or skipped one candidate (a CRM, or one of its commandes). Every candidate of a
 * routing decision gets exactly one reason, stored on the lead and shown on its timeline.
 */
public enum CandidateReason {
    /** This commande takes the lead. */
    TAKEN("taken", "retenue"),
    /** The CRM has no commande for the lead's product and département. */
    NO_COMMANDE("no_commande", "aucune commande pour ce produit et ce département"),
    /** The commande would match, but it is suspended. */
    COMMANDE_INACTIVE("commande_inactive", "commande inactive"),
    /** The commande has taken as many leads today as its daily cap allows. */
    CAP_DAY_REACHED("cap_day_reached", "plafond du jour atteint"),
    /** The commande has taken as many leads this week as its weekly cap allows. */
    CAP_WEEK_REACHED("cap_week_reached", "plafond de la semaine atteint"),
    /** The CRM is not the account's, and the form keeps its leads for the account's CRM. */
    CROSS_CRM_NOT_ALLOWED("cross_crm_not_allowed", "envoi à un autre CRM non autorisé"),
    /** The CRM does not take leads at the moment (deactivated, or without a connector). */
    CRM_INACTIVE("crm_inactive", "CRM inactif"),
    /** The account's CRM no longer exists. */
    CRM_UNKNOWN("crm_unknown", "CRM inconnu"),
    /** No partner key is configured for this CRM and product, so the lead could not be sent. */
    NO_API_KEY("no_api_key", "aucune clé API pour ce CRM et ce produit"),
    /** The commande could take the lead, but one considered before it took it. */
    NOT_CHOSEN("not_chosen", "non retenue, une autre commande passe avant");

    private final String wire;
    private final String label;

    CandidateReason(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    /** The value stored and returned in JSON. */
    public String wire() {
        return wire;
    }

    /** The French label shown to staff. */
    public String label() {
        return label;
    }

    /** The reason stored as {@code wire}. */
    public static CandidateReason fromWire(String wire) {
        for (CandidateReason reason : values()) {
            if (reason.wire.equals(wire)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown routing candidate reason: " + wire);
    }
}
