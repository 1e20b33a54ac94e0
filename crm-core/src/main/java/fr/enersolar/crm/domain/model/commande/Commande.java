package fr.enersolar.crm.domain.model.commande;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.Departement;
import fr.enersolar.crm.domain.model.shared.InstantAsDate;
import fr.enersolar.crm.domain.model.shared.ProductType;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A buyer's standing order: "CRM X buys product P in départements D at this price per lead". It is
 * the routing source of truth: a lead goes to a CRM only when one of its active commandes covers
 * the lead's product and département. {@code *} stands for every product or every département.
 * Prices are whole euro cents ({@code long}), never floating point.
 *
 * <p>A commande may cap how many leads it takes per day and per week ({@code cap_per_day}, {@code
 * cap_per_week}; absent = unlimited). Days and weeks are those of Paris, weeks starting on Monday;
 * routing skips a commande whose cap is reached ("cap reached") and tries the next one.
 */
@Entity("commandes")
public class Commande {

    static final String EVERY = "*";

    @Id private String id;

    @Column("crm_id")
    private String crmId;

    @Column("product_type")
    private String productType;

    @Column private List<String> departements;
    @Column private boolean active;

    /** Euro cents per lead (the seed stored a float of euros). */
    @Column("prix_unitaire")
    private long prixUnitaire;

    @Column private String notes;

    /** Leads taken per day at most; null = unlimited (and in documents older than caps). */
    @Column("cap_per_day")
    private Integer capPerDay;

    /** Leads taken per week at most; null = unlimited. */
    @Column("cap_per_week")
    private Integer capPerWeek;

    @Convert(InstantAsDate.class)
    @Column("created_at")
    private Instant createdAt;

    @Convert(InstantAsDate.class)
    @Column("updated_at")
    private Instant updatedAt;

    /** For the mapper only. */
    protected Commande() {}

    /**
     * An active commande.
     *
     * @param product the product bought; empty for every product ({@code *})
     * @param departements the départements bought; empty for every département ({@code ["*"]})
     * @param unitPriceCents price per lead in euro cents
     */
    public Commande(
            CommandeId id,
            CrmId crm,
            Optional<ProductType> product,
            Collection<Departement> departements,
            long unitPriceCents,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id).value();
        this.crmId = Objects.requireNonNull(crm, "CRM is required").value();
        this.productType = product.map(ProductType::name).orElse(EVERY);
        this.departements = codes(departements);
        this.prixUnitaire = requirePrice(unitPriceCents);
        this.active = true;
        this.notes = "";
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    private static List<String> codes(Collection<Departement> departements) {
        return departements.isEmpty()
                ? List.of(EVERY)
                : departements.stream().map(Departement::code).distinct().sorted().toList();
    }

    private static long requirePrice(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("unit price cannot be negative: " + cents);
        }
        return cents;
    }

    public CommandeId id() {
        return new CommandeId(id);
    }

    public CrmId crm() {
        return new CrmId(crmId);
    }

    /** The product bought; empty when the commande takes every product. */
    public Optional<ProductType> productType() {
        return EVERY.equals(productType)
                ? Optional.empty()
                : Optional.of(ProductType.parse(productType));
    }

    /** The départements bought; empty when the commande takes every département. */
    public List<Departement> departements() {
        return coversEveryDepartement()
                ? List.of()
                : departements.stream().map(Departement::of).toList();
    }

    public boolean coversEveryDepartement() {
        return departements.contains(EVERY);
    }

    public boolean isActive() {
        return active;
    }

    public long unitPriceCents() {
        return prixUnitaire;
    }

    public String notes() {
        return notes;
    }

    /** How many leads this commande takes per day at most; empty when unlimited. */
    public OptionalInt capPerDay() {
        return capPerDay == null ? OptionalInt.empty() : OptionalInt.of(capPerDay);
    }

    /** How many leads this commande takes per week at most; empty when unlimited. */
    public OptionalInt capPerWeek() {
        return capPerWeek == null ? OptionalInt.empty() : OptionalInt.of(capPerWeek);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * True when this active commande takes a lead of {@code product} from {@code departement}; a
     * lead without a département only matches a commande for every département.
     */
    public boolean covers(ProductType product, Optional<Departement> departement) {
        return active && matches(product, departement);
    }

    /**
     * True when this commande, active or not, is for {@code product} (or every product) and for
     * {@code departement} (or every département); a lead without a département only matches a
     * commande for every département.
     */
    public boolean matches(ProductType product, Optional<Departement> departement) {
        Objects.requireNonNull(product, "product is required");
        boolean productMatches = EVERY.equals(productType) || productType.equals(product.name());
        boolean departementMatches =
                coversEveryDepartement()
                        || departement.map(d -> departements.contains(d.code())).orElse(false);
        return productMatches && departementMatches;
    }

    /** True when the commande names its product rather than taking every product ({@code *}). */
    public boolean namesItsProduct() {
        return !EVERY.equals(productType);
    }

    /** Changes the product bought; empty means every product ({@code *}). */
    public void retarget(Optional<ProductType> product, Instant at) {
        this.productType = product.map(ProductType::name).orElse(EVERY);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** Changes the départements bought; empty means every département. */
    public void cover(Collection<Departement> departements, Instant at) {
        this.departements = codes(departements);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public void reprice(long unitPriceCents, Instant at) {
        this.prixUnitaire = requirePrice(unitPriceCents);
        this.updatedAt = Objects.requireNonNull(at);
    }

    /**
     * Limits how many leads the commande takes per day and per week; an empty limit means
     * unlimited. A limit is at least 1 (suspend the commande to take none).
     */
    public void cap(OptionalInt perDay, OptionalInt perWeek, Instant at) {
        this.capPerDay = requireCap("daily cap", perDay);
        this.capPerWeek = requireCap("weekly cap", perWeek);
        this.updatedAt = Objects.requireNonNull(at);
    }

    private static Integer requireCap(String what, OptionalInt cap) {
        if (cap.isEmpty()) {
            return null;
        }
        if (cap.getAsInt() < 1) {
            throw new IllegalArgumentException(
                    what + " must be at least 1, or absent for unlimited: " + cap.getAsInt());
        }
        return cap.getAsInt();
    }

    public void activate(Instant at) {
        this.active = true;
        this.updatedAt = Objects.requireNonNull(at);
    }

    /** Stops routing leads to this commande; it stays listed. */
    public void suspend(Instant at) {
        this.active = false;
        this.updatedAt = Objects.requireNonNull(at);
    }

    public void annotate(String notes, Instant at) {
        this.notes = notes == null ? "" : notes;
        this.updatedAt = Objects.requireNonNull(at);
    }
}
