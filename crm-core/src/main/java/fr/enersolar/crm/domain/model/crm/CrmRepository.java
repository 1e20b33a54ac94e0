package fr.enersolar.crm.domain.model.crm;

import java.util.List;
import java.util.Optional;

/** The buyer CRMs leads can be routed to. */
public interface CrmRepository {

    /** Inserts or replaces the CRM. */
    void store(Crm crm);

    Optional<Crm> find(CrmId id);

    /** The CRM with this slug; slugs are unique. */
    Optional<Crm> findBySlug(CrmSlug slug);

    /** Every CRM sorted by name (there are a handful). */
    List<Crm> all();

    long count();
}
