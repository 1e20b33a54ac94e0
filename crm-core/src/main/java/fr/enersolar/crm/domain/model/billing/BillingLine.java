package fr.enersolar.crm.domain.model.billing;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * One row of a statement's breakdown: the leads of one product and département, their unit price
 * and total, in euro cents.
 *
 * @param department a département code, or {@code default} for the product's default price
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public record BillingLine(
        @Column("product") String product,
        @Column("department") String department,
        @Column("count") long count,
        @Column("price") long price,
        @Column("total") long total) {

    /** A row whose total is {@code count × price}. */
    public static BillingLine of(String product, String department, long count, long priceCents) {
        if (count < 0 || priceCents < 0) {
            throw new IllegalArgumentException("count and price cannot be negative");
        }
        return new BillingLine(product, department, count, priceCents, count * priceCents);
    }
}
