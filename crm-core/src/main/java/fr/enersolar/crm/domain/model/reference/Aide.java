package fr.enersolar.crm.domain.model.reference;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * One financial aid a product may get (MaPrimeRénov', CEE…), as descriptive text.
 *
 * @param name the aid's name
 * @param amount how much, as the operator words it ({@code "jusqu'à 4 000 €"})
 * @param conditions who may get it
 */
@Embeddable
public record Aide(
        @Column("name") String name,
        @Column("amount") String amount,
        @Column("conditions") String conditions) {

    public Aide {
        name = Texts.required("name", name);
        amount = Texts.optional(amount);
        conditions = Texts.optional(conditions);
    }
}
