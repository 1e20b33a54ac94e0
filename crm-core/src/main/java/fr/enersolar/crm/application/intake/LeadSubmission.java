package fr.enersolar.crm.application.intake;

import fr.enersolar.crm.domain.model.lead.FieldError;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A lead as a form script submits it to {@code POST /api/v1/leads} (SPEC-seed §6.1), every text
 * field as sent (empty when absent). Built from the JSON body by {@link LeadSubmissionReader},
 * which also reports values of the wrong type in {@link #typeErrors()}.
 */
public record LeadSubmission(
        @Size(max = 100) String formId,
        @FrenchPhone String phone,
        @Size(max = 255) String nom,
        @Size(max = 255) String prenom,
        @Size(max = 20) String civilite,
        @Size(max = 254) String email,
        @FrenchPostalCode String codePostal,
        @Size(max = 3) String departement,
        @Size(max = 255) String ville,
        @Size(max = 500) String adresse,
        @Size(max = 255) String typeLogement,
        @Size(max = 255) String statutOccupant,
        @Size(max = 255) String surfaceHabitable,
        @Size(max = 255) String anneeConstruction,
        @Size(max = 255) String typeChauffage,
        @Size(max = 255) String factureElectricite,
        @Size(max = 255) String factureChauffage,
        @Size(max = 255) String typeProjet,
        @Size(max = 255) String delaiProjet,
        @Size(max = 255) String budget,
        @Size(max = 100) String lpCode,
        @Size(max = 100) String liaisonCode,
        @Size(max = 255) String source,
        @Size(max = 255) String utmSource,
        @Size(max = 255) String utmMedium,
        @Size(max = 255) String utmCampaign,
        boolean rgpdConsent,
        boolean newsletter,
        @Size(max = 100) String sessionId,
        @Size(max = 2000) String pageUrl,
        List<FieldError> typeErrors,
        String rawJson) {

    public LeadSubmission {
        typeErrors = typeErrors == null ? List.of() : List.copyOf(typeErrors);
    }

    /** The value of a submission field by its JSON name ({@code nom}, {@code code_postal}, …). */
    public String field(String jsonName) {
        return switch (jsonName) {
            case "form_id" -> formId;
            case "phone" -> phone;
            case "nom" -> nom;
            case "prenom" -> prenom;
            case "civilite" -> civilite;
            case "email" -> email;
            case "code_postal" -> codePostal;
            case "departement" -> departement;
            case "ville" -> ville;
            case "adresse" -> adresse;
            case "type_logement" -> typeLogement;
            case "statut_occupant" -> statutOccupant;
            case "surface_habitable" -> surfaceHabitable;
            case "annee_construction" -> anneeConstruction;
            case "type_chauffage" -> typeChauffage;
            case "facture_electricite" -> factureElectricite;
            case "facture_chauffage" -> factureChauffage;
            case "type_projet" -> typeProjet;
            case "delai_projet" -> delaiProjet;
            case "budget" -> budget;
            default -> "";
        };
    }
}
