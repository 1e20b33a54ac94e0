package fr.enersolar.crm.domain.model.crm;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.user.UserId;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The partner key presented to a buyer CRM for one product when a lead goes to that CRM from
 * another CRM's traffic (SPEC-seed §19, "redistribution keys"): the target CRM's key, not the
 * form's. A key for every product ({@code *}) serves the products without one of their own. The key
 * is a real secret: only its sealed form and its mask are stored.
 */
@Entity("redistribution_keys")
public class RedistributionKey {

    /** The product scope meaning "every product without a key of its own". */
    public static final String ANY_PRODUCT = "*";

    /** {@code <crm id>:<product>}: one key per CRM and product, replaced in place. */
    @Id private String id;

    @Column("crm_id")
    private String crmId;

    @Column("product_type")
    private String productType;

    @Column("sealed_key")
    private String sealedKey;

    /** {@code ****} and the last four characters, shown to staff. */
    @Column("masked_key")
    private String maskedKey;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Convert(InstantAsDate.class)
    @Column("updated_at")
    private Instant updatedAt;

    @Column("updated_by")
    private String updatedBy;

    /** For the mapper only. */
    protected RedistributionKey() {}

    /**
     * A key for a CRM and a product ({@code Optional.empty()} = every product).
     *
     * @param sealedKey the key as {@code SecretSealer.seal} gave it
     * @param maskedKey the key as staff may see it
     */
    public RedistributionKey(
            CrmId crm,
            Optional<ProductType> product,
            String sealedKey,
            String maskedKey,
            Instant at,
            UserId by) {
        this.crmId = Objects.requireNonNull(crm).value();
        this.productType = scope(product);
        this.id = idOf(crm, product);
        this.sealedKey = requireText("sealed key", sealedKey);
        this.maskedKey = requireText("masked key", maskedKey);
        this.createdAt = Objects.requireNonNull(at);
        this.updatedAt = at;
        this.updatedBy = by == null ? null : by.value();
    }

    /** The stored id of a CRM and product's key. */
    public static String idOf(CrmId crm, Optional<ProductType> product) {
        return crm.value() + ":" + scope(product);
    }

    /** {@code PV}, {@code PAC}, {@code ITE} or {@code *}. */
    public static String scope(Optional<ProductType> product) {
        return product.map(Enum::name).orElse(ANY_PRODUCT);
    }

    private static String requireText(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** Replaces the key, keeping the creation date. */
    public void replace(String newSealedKey, String newMaskedKey, Instant at, UserId by) {
        this.sealedKey = requireText("sealed key", newSealedKey);
        this.maskedKey = requireText("masked key", newMaskedKey);
        this.updatedAt = Objects.requireNonNull(at);
        this.updatedBy = by == null ? null : by.value();
    }

    public CrmId crm() {
        return new CrmId(crmId);
    }

    /** The product, or empty for the key of every product. */
    public Optional<ProductType> product() {
        return ANY_PRODUCT.equals(productType)
                ? Optional.empty()
                : Optional.of(ProductType.parse(productType));
    }

    /** {@code PV}, {@code PAC}, {@code ITE} or {@code *}. */
    public String productScope() {
        return productType;
    }

    /** The sealed key: open it only to send it to its CRM. */
    public String sealedKey() {
        return sealedKey;
    }

    public String maskedKey() {
        return maskedKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Who set it last; null when unknown. */
    public UserId updatedBy() {
        return updatedBy == null ? null : new UserId(updatedBy);
    }
}
