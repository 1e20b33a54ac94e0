package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoLpRepository implements LpRepository {

    static final String SEQUENCE = "lp";

    @Inject MongoStore store;
    @Inject MongoCodeSequences sequences;

    @Override
    public void store(Lp lp) {
        MongoErrors.uniqueCode(
                lp.code().value(),
                () -> Templates.upsert(store.template(), Lp.class, lp.id().value(), lp));
    }

    @Override
    public Optional<Lp> find(LpId id) {
        return store.template().find(Lp.class, id.value());
    }

    @Override
    public Optional<Lp> findByCode(LpCode code) {
        return store.template().select(Lp.class).where("code").eq(code.value()).singleResult();
    }

    @Override
    public LpCode nextCode() {
        return LpCode.of(Math.toIntExact(sequences.next(SEQUENCE)));
    }

    @Override
    public List<Lp> ofAccount(AccountId account, int offset, int limit) {
        return Templates.newestFirstWhere(
                store.template(), Lp.class, "accountId", account.value(), offset, limit);
    }

    @Override
    public List<Lp> all(int offset, int limit) {
        return Templates.newestFirst(store.template(), Lp.class, offset, limit);
    }

    @Override
    public long count() {
        return store.template().count(Lp.class);
    }
}
