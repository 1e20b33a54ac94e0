package fr.enersolar.crm.application.delivery;

import fr.enersolar.crm.connector.spi.LeadField;
import fr.enersolar.crm.connector.spi.LeadPayload;
import fr.enersolar.crm.domain.model.lead.Attribution;
import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.Projet;
import fr.enersolar.crm.domain.model.lead.Prospect;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.time.Instant;

/** What a partner may see of a lead: its prospect, project and attribution, with the key. */
final class LeadPayloads {

    private LeadPayloads() {}

    static LeadPayload of(Lead lead, String apiKey) {
        String product = lead.productType().map(ProductType::name).orElse("*");
        LeadPayload.Builder b =
                LeadPayload.builder(
                        lead.id().value(),
                        product,
                        Instant.ofEpochSecond(lead.registerDate()),
                        apiKey);
        Prospect p = lead.prospect();
        b.set(LeadField.PHONE, p.phone())
                .set(LeadField.CIVILITE, p.civilite())
                .set(LeadField.NOM, p.nom())
                .set(LeadField.PRENOM, p.prenom())
                .set(LeadField.EMAIL, p.email())
                .set(LeadField.CODE_POSTAL, p.codePostal())
                .set(LeadField.DEPARTEMENT, p.departement())
                .set(LeadField.VILLE, p.ville())
                .set(LeadField.ADRESSE, p.adresse());
        Projet j = lead.projet();
        b.set(LeadField.TYPE_LOGEMENT, j.typeLogement())
                .set(LeadField.STATUT_OCCUPANT, j.statutOccupant())
                .set(LeadField.SURFACE_HABITABLE, j.surfaceHabitable())
                .set(LeadField.ANNEE_CONSTRUCTION, j.anneeConstruction())
                .set(LeadField.TYPE_CHAUFFAGE, j.typeChauffage())
                .set(LeadField.FACTURE_ELECTRICITE, j.factureElectricite())
                .set(LeadField.FACTURE_CHAUFFAGE, j.factureChauffage())
                .set(LeadField.TYPE_PROJET, j.typeProjet())
                .set(LeadField.DELAI_PROJET, j.delaiProjet())
                .set(LeadField.BUDGET, j.budget());
        Attribution a = lead.attribution();
        b.set(LeadField.LP_CODE, a.lpCode())
                .set(LeadField.LIAISON_CODE, a.liaisonCode())
                .set(LeadField.UTM_SOURCE, a.utmSource())
                .set(LeadField.UTM_MEDIUM, a.utmMedium())
                .set(LeadField.UTM_CAMPAIGN, a.utmCampaign());
        return b.build();
    }
}
