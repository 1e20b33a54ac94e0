package fr.enersolar.crm.domain.model.lead;

import static fr.enersolar.crm.domain.model.lead.Prospect.blankIfNull;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * The home and the project as the visitor described them, free text as submitted (strings default
 * to empty). Stored flat on the lead under the seed's field names.
 */
@Embeddable(Embeddable.EmbeddableType.FLAT)
public record Projet(
        @Column("type_logement") String typeLogement,
        @Column("statut_occupant") String statutOccupant,
        @Column("surface_habitable") String surfaceHabitable,
        @Column("annee_construction") String anneeConstruction,
        @Column("type_chauffage") String typeChauffage,
        @Column("facture_electricite") String factureElectricite,
        @Column("facture_chauffage") String factureChauffage,
        @Column("type_projet") String typeProjet,
        @Column("delai_projet") String delaiProjet,
        @Column("budget") String budget) {

    public Projet {
        typeLogement = blankIfNull(typeLogement);
        statutOccupant = blankIfNull(statutOccupant);
        surfaceHabitable = blankIfNull(surfaceHabitable);
        anneeConstruction = blankIfNull(anneeConstruction);
        typeChauffage = blankIfNull(typeChauffage);
        factureElectricite = blankIfNull(factureElectricite);
        factureChauffage = blankIfNull(factureChauffage);
        typeProjet = blankIfNull(typeProjet);
        delaiProjet = blankIfNull(delaiProjet);
        budget = blankIfNull(budget);
    }

    /** A lead that said nothing about its project. */
    public static Projet unknown() {
        return new Projet(null, null, null, null, null, null, null, null, null, null);
    }
}
