package fr.enersolar.crm.domain.model.reference;

import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the UI presents a product type (PV, PAC, ITE…): its name, colour and the financial aids the
 * customer may get. The code is unique (a unique index decides).
 */
@Entity("product_types")
public class ProductDefinition {

    /** At most this many aids per product. */
    public static final int MAX_AIDES = 50;

    @Id private String id;
    @Column private String code;
    @Column private String name;
    @Column private String color;
    @Column private List<Aide> aides;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Convert(InstantAsDate.class)
    @Column("updated_at")
    private Instant updatedAt;

    /** For the mapper only. */
    protected ProductDefinition() {}

    public ProductDefinition(
            ProductDefinitionId id,
            Slug code,
            String name,
            String color,
            List<Aide> aides,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id).value();
        this.code = Objects.requireNonNull(code).value().toUpperCase(java.util.Locale.ROOT);
        this.name = Texts.required("name", name);
        this.color = Texts.optional(color);
        this.aides = checked(aides);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    private static List<Aide> checked(List<Aide> aides) {
        if (aides.size() > MAX_AIDES) {
            throw new IllegalArgumentException("au plus " + MAX_AIDES + " aides");
        }
        return new ArrayList<>(aides);
    }

    public ProductDefinitionId id() {
        return new ProductDefinitionId(id);
    }

    /** The product code, upper-case ({@code PV}). */
    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String color() {
        return color == null ? "" : color;
    }

    public List<Aide> aides() {
        return aides == null ? List.of() : List.copyOf(aides);
    }

    /** Replaces the list of aids. */
    public void replaceAides(List<Aide> newAides, Instant at) {
        this.aides = checked(newAides);
        this.updatedAt = at;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
