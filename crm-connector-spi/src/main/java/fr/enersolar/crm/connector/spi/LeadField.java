package fr.enersolar.crm.connector.spi;

/**
 * The lead fields a partner may see, under the names the lead forms and the original partner
 * contract use ({@link #key()}). Every value is free text as the visitor submitted it, except the
 * phone (normalised to ten digits, {@code 0612345678}) and the département (derived from the postal
 * code when there is one). What a partner API calls them is the connector's business: the ZR7 and
 * MDL connectors, for instance, send {@link #SURFACE_HABITABLE} as {@code superficie_logement}.
 *
 * <p>Consent evidence, the visitor's IP address and session and internal statuses are not lead
 * fields for a partner and never appear here. Constants may be added in later versions: a connector
 * must ignore those it does not know.
 *
 * @since 1.0
 */
public enum LeadField {
    /** The phone number, ten digits ({@code 0612345678}). */
    PHONE("phone"),
    /** {@code M.}, {@code Mme} or {@code Mlle}. */
    CIVILITE("civilite"),
    /** Last name. */
    NOM("nom"),
    /** First name. */
    PRENOM("prenom"),
    /** E-mail address. */
    EMAIL("email"),
    /** Postal code, five digits. */
    CODE_POSTAL("code_postal"),
    /** Département code ({@code 75}, {@code 2A}…). */
    DEPARTEMENT("departement"),
    /** Town. */
    VILLE("ville"),
    /** Street address. */
    ADRESSE("adresse"),
    /** Kind of home ({@code Maison}, {@code Appartement}…). */
    TYPE_LOGEMENT("type_logement"),
    /** Owner or tenant ({@code Propriétaire}…). */
    STATUT_OCCUPANT("statut_occupant"),
    /** Living area. */
    SURFACE_HABITABLE("surface_habitable"),
    /** Year the home was built. */
    ANNEE_CONSTRUCTION("annee_construction"),
    /** Current heating. */
    TYPE_CHAUFFAGE("type_chauffage"),
    /** Electricity bill bracket ({@code 100-150€}). */
    FACTURE_ELECTRICITE("facture_electricite"),
    /** Heating bill bracket. */
    FACTURE_CHAUFFAGE("facture_chauffage"),
    /** Kind of project. */
    TYPE_PROJET("type_projet"),
    /** When the project should happen. */
    DELAI_PROJET("delai_projet"),
    /** Budget bracket. */
    BUDGET("budget"),
    /** Code of the landing page the lead came through ({@code LP-001}). */
    LP_CODE("lp_code"),
    /** Liaison code tying the landing page to the form. */
    LIAISON_CODE("liaison_code"),
    /** Campaign source ({@code utm_source}). */
    UTM_SOURCE("utm_source"),
    /** Campaign medium ({@code utm_medium}). */
    UTM_MEDIUM("utm_medium"),
    /** Campaign name ({@code utm_campaign}). */
    UTM_CAMPAIGN("utm_campaign");

    private final String key;

    LeadField(String key) {
        this.key = key;
    }

    /**
     * The field's name in the lead forms and the original partner contract.
     *
     * @return the name, such as {@code code_postal}
     */
    public String key() {
        return key;
    }
}
