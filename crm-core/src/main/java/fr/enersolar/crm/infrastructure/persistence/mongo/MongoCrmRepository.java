package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.domain.model.crm.CrmRepository;
import fr.enersolar.crm.domain.model.crm.CrmSlug;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoCrmRepository implements CrmRepository {

    @Inject MongoStore store;

    @Override
    public void store(Crm crm) {
        MongoErrors.uniqueCode(
                crm.slug().value(),
                () -> Templates.upsert(store.template(), Crm.class, crm.id().value(), crm));
    }

    @Override
    public Optional<Crm> find(CrmId id) {
        return store.template().find(Crm.class, id.value());
    }

    @Override
    public Optional<Crm> findBySlug(CrmSlug slug) {
        return store.template().select(Crm.class).where("slug").eq(slug.value()).singleResult();
    }

    @Override
    public List<Crm> all() {
        return store.template().select(Crm.class).orderBy("name").asc().result();
    }

    @Override
    public long count() {
        return store.template().count(Crm.class);
    }
}
