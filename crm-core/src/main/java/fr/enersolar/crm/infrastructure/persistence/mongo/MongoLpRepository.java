package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.lp.Lp;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.lp.LpQuery;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoLpRepository implements LpRepository {

    static final String SEQUENCE = "lp";
    static final String COLLECTION = "lps";

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

    @Override
    public List<Lp> list(LpQuery query, int offset, int limit) {
        return selection(query).newestFirst(store.template(), offset, limit);
    }

    @Override
    public long count(LpQuery query) {
        return store.database().getCollection(COLLECTION).countDocuments(selection(query).filter());
    }

    @Override
    public long countOfAccount(AccountId account) {
        return store.database()
                .getCollection(COLLECTION)
                .countDocuments(Filters.eq("account_id", account.value()));
    }

    @Override
    public List<Lp> findAll(Collection<LpId> ids) {
        return Selections.byIds(
                store.template(), Lp.class, ids.stream().map(LpId::value).distinct().toList());
    }

    @Override
    public int forgetCrmApiKeyCopies() {
        return Math.toIntExact(
                store.database()
                        .getCollection(COLLECTION)
                        .updateMany(Filters.exists("crm_api_key"), Updates.unset("crm_api_key"))
                        .getModifiedCount());
    }

    private static Selections<Lp> selection(LpQuery query) {
        Selections<Lp> selection = Selections.of(Lp.class);
        query.account().ifPresent(a -> selection.eq("accountId", "account_id", a.value()));
        query.status().ifPresent(selection::status);
        return selection;
    }
}
