package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.commande.Commande;
import fr.enersolar.crm.domain.model.commande.CommandeId;
import fr.enersolar.crm.domain.model.commande.CommandeRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoCommandeRepository implements CommandeRepository {

    @Inject MongoStore store;

    @Override
    public void store(Commande commande) {
        Templates.upsert(store.template(), Commande.class, commande.id().value(), commande);
    }

    @Override
    public Optional<Commande> find(CommandeId id) {
        return store.template().find(Commande.class, id.value());
    }

    @Override
    public List<Commande> ofCrm(CrmId crm) {
        return store.template()
                .select(Commande.class)
                .where("crmId")
                .eq(crm.value())
                .orderBy("createdAt")
                .asc()
                .result();
    }

    @Override
    public List<Commande> activeFor(CrmId crm, ProductType product) {
        return store.template()
                .select(Commande.class)
                .where("crmId")
                .eq(crm.value())
                .and("active")
                .eq(true)
                .and("productType")
                .in(List.of(product.name(), "*"))
                .orderBy("createdAt")
                .asc()
                .result();
    }

    @Override
    public List<Commande> list(Optional<CrmId> crm, int limit) {
        if (crm.isPresent()) {
            return store.template()
                    .select(Commande.class)
                    .where("crmId")
                    .eq(crm.get().value())
                    .orderBy("createdAt")
                    .asc()
                    .limit(limit)
                    .result();
        }
        return store.template()
                .select(Commande.class)
                .orderBy("createdAt")
                .asc()
                .limit(limit)
                .result();
    }

    @Override
    public long count() {
        return store.template().count(Commande.class);
    }

    @Override
    public boolean remove(CommandeId id) {
        return Templates.remove(store.template(), Commande.class, id.value());
    }
}
