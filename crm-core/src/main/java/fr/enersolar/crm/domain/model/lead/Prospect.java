package fr.enersolar.crm.domain.model.lead;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * Who the lead is and where they live, as submitted (strings default to empty): the partner needs
 * the phone, the name and the département. Stored flat on the lead under the seed's field names.
 *
 * @param phone the national ten-digit number ({@code 0612345678})
 * @param phoneE164 the same number in international form ({@code +33612345678}), empty when the
 *     submitted number could not be parsed
 * @param departement the département code derived from the postal code or submitted
 */
@Embeddable(Embeddable.EmbeddableType.FLAT)
public record Prospect(
        @Column("phone") String phone,
        @Column("phone_e164") String phoneE164,
        @Column("civilite") String civilite,
        @Column("nom") String nom,
        @Column("prenom") String prenom,
        @Column("email") String email,
        @Column("code_postal") String codePostal,
        @Column("departement") String departement,
        @Column("ville") String ville,
        @Column("adresse") String adresse) {

    public Prospect {
        phone = blankIfNull(phone);
        phoneE164 = blankIfNull(phoneE164);
        civilite = blankIfNull(civilite);
        nom = blankIfNull(nom);
        prenom = blankIfNull(prenom);
        email = blankIfNull(email);
        codePostal = blankIfNull(codePostal);
        departement = blankIfNull(departement);
        ville = blankIfNull(ville);
        adresse = blankIfNull(adresse);
    }

    static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
