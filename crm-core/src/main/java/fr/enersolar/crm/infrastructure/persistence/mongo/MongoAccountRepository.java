package fr.enersolar.crm.infrastructure.persistence.mongo;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.account.AccountRepository;
import fr.enersolar.crm.domain.model.crm.CrmId;
import fr.enersolar.crm.infrastructure.store.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    public boolean remove(AccountId id) {
        return Templates.remove(store.template(), Account.class, id.value());
    }
}
