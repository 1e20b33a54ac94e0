package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MongoAccountRepository implements AccountRepository {

    @Inject MongoStore store;

    @Override
    public void store(Account account) {
        Templates.upsert(store.template(), Account.class, account.id().value(), account);
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return store.template().find(Account.class, id.value());
    }

    @Override
    public List<Account> ofCrm(CrmId crm) {
        return store.template()
                .select(Account.class)
                .where("crmId")
                .eq(crm.value())
                .orderBy("name")
                .asc()
                .result();
    }

    @Override
    public List<Account> all(int offset, int limit) {
        return store.template()
                .select(Account.class)
                .orderBy("name")
                .asc()
                .skip(offset)
                .limit(limit)
                .result();
    }

    @Override
    public long count() {
        return store.template().count(Account.class);
    }

    @Override
    public List<Account> list(Optional<CrmId> crm, int offset, int limit) {
        return selection(crm).sorted(store.template(), "name", true, offset, limit);
    }

    @Override
    public long count(Optional<CrmId> crm) {
        return store.database().getCollection("accounts").countDocuments(selection(crm).filter());
    }

    @Override
    public List<Account> findAll(Collection<AccountId> ids) {
        return Selections.byIds(
                store.template(),
                Account.class,
                ids.stream().map(AccountId::value).distinct().toList());
    }

    private static Selections<Account> selection(Optional<CrmId> crm) {
        Selections<Account> selection = Selections.of(Account.class);
        crm.ifPresent(c -> selection.eq("crmId", "crm_id", c.value()));
        return selection;
    }

    @Override
    public boolean remove(AccountId id) {
        return Templates.remove(store.template(), Account.class, id.value());
    }
}
