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

/**
 * A buyer's standing order: "CRM X buys product P in départements D at this price per lead". It is
 * the routing source of truth: a lead goes to a CRM only when one of its active commandes covers
 * the lead's product and département. {@code *} stands for every product or every département.
 * Prices are whole euro cents ({@code long}), never floating point.
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
        boolean productMatches = EVERY.equals(productType) || productType.equals(product.name());
        boolean departementMatches =
                coversEveryDepartement()
                        || departement.map(d -> departements.contains(d.code())).orElse(false);
        return active && productMatches && departementMatches;
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
