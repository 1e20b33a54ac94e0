package fr.enersolar.crm.connector.tck;

import fr.enersolar.crm.connector.spi.LeadField;
import fr.enersolar.crm.connector.spi.LeadPayload;
import java.time.Instant;
import java.util.UUID;

/** Leads for contract tests, and keys generated per test (no secret is written in a test). */
public final class SampleLeads {

    /** The registration instant of the sample leads: Unix seconds 1770671234, plus a fraction. */
    public static final Instant REGISTERED_AT = Instant.ofEpochSecond(1770671234L, 500_000_000);

    private SampleLeads() {}

    /**
     * A fresh partner key, long enough to be shown masked with its last four characters.
     *
     * @return a random key
     */
    public static String newKey() {
        return "key-" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * A lead with every field set, accented names included.
     *
     * @param apiKey the key to send it with
     * @return the lead
     */
    public static LeadPayload complete(String apiKey) {
        return LeadPayload.builder("lead-" + UUID.randomUUID(), "PAC", REGISTERED_AT, apiKey)
                .set(LeadField.PHONE, "0612345679")
                .set(LeadField.CIVILITE, "Mme")
                .set(LeadField.NOM, "Dupré-Éloi")
                .set(LeadField.PRENOM, "Hélène")
                .set(LeadField.EMAIL, "helene.dupre@example.fr")
                .set(LeadField.CODE_POSTAL, "75011")
                .set(LeadField.DEPARTEMENT, "75")
                .set(LeadField.VILLE, "Paris")
                .set(LeadField.ADRESSE, "12 rue de la Roquette")
                .set(LeadField.TYPE_LOGEMENT, "Maison")
                .set(LeadField.STATUT_OCCUPANT, "Propriétaire")
                .set(LeadField.SURFACE_HABITABLE, "120")
                .set(LeadField.ANNEE_CONSTRUCTION, "1975")
                .set(LeadField.TYPE_CHAUFFAGE, "Fioul")
                .set(LeadField.FACTURE_ELECTRICITE, "100-150€")
                .set(LeadField.FACTURE_CHAUFFAGE, "150-200€")
                .set(LeadField.TYPE_PROJET, "Remplacement")
                .set(LeadField.DELAI_PROJET, "3 mois")
                .set(LeadField.BUDGET, "10-15k€")
                .set(LeadField.LP_CODE, "LP-001")
                .set(LeadField.LIAISON_CODE, "LP-001_PAC-001")
                .set(LeadField.UTM_SOURCE, "google")
                .set(LeadField.UTM_MEDIUM, "cpc")
                .set(LeadField.UTM_CAMPAIGN, "pac-idf")
                .build();
    }

    /**
     * The seed's minimal lead: a phone, a name and a département, nothing else.
     *
     * @param apiKey the key to send it with
     * @return the lead
     */
    public static LeadPayload minimal(String apiKey) {
        return LeadPayload.builder("lead-" + UUID.randomUUID(), "PV", REGISTERED_AT, apiKey)
                .set(LeadField.PHONE, "0612345679")
                .set(LeadField.NOM, "Dupont")
                .set(LeadField.DEPARTEMENT, "75")
                .build();
    }
}
