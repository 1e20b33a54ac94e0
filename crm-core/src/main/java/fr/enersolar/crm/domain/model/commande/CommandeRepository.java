package fr.enersolar.crm.domain.model.commande;

import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.List;
import java.util.Optional;

/** The buyers' commandes, which routing reads. */
public interface CommandeRepository {

    /** Inserts or replaces the commande. */
    void store(Commande commande);

    Optional<Commande> find(CommandeId id);

    /** Every commande of a CRM, active or not, oldest first. */
    List<Commande> ofCrm(CrmId crm);

    /**
     * Every active commande of {@code crm} for {@code product}, including those for every product
     * ({@code *}): routing must consider all of them, not the first one (the seed's defect).
     */
    List<Commande> activeFor(CrmId crm, ProductType product);

    /**
     * The commandes of {@code crm} (or of every CRM when empty), oldest first, at most {@code
     * limit}.
     */
    List<Commande> list(Optional<CrmId> crm, int limit);

    long count();

    /** Removes the commande; true when it existed. */
    boolean remove(CommandeId id);
}
