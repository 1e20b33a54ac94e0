package fr.enersolar.crm.domain.model.crm;

import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.List;
import java.util.Optional;

/** The partner keys per CRM and product (SPEC-seed §19). */
public interface RedistributionKeyRepository {

    /** Inserts or replaces the key of its CRM and product. */
    void store(RedistributionKey key);

    /** The key of exactly this CRM and product ({@code empty} = the every-product key). */
    Optional<RedistributionKey> find(CrmId crm, Optional<ProductType> product);

    /** Every key, by CRM then product (a few per CRM). */
    List<RedistributionKey> all();

    /** Deletes the key of this CRM and product; true when there was one. */
    boolean remove(CrmId crm, Optional<ProductType> product);
}
