package fr.enersolar.crm.domain.model.account;

import fr.enersolar.crm.domain.model.crm.CrmId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The accounts the operator manages. */
public interface AccountRepository {

    /** Inserts or replaces the account. */
    void store(Account account);

    Optional<Account> find(AccountId id);

    /** Accounts whose primary CRM is {@code crm}, sorted by name. */
    List<Account> ofCrm(CrmId crm);

    /** All accounts sorted by name, one page at a time. */
    List<Account> all(int offset, int limit);

    long count();

    /** The accounts of one primary CRM, or all, sorted by name, one page at a time. */
    List<Account> list(Optional<CrmId> crm, int offset, int limit);

    /** How many accounts {@link #list} selects. */
    long count(Optional<CrmId> crm);

    /** The accounts with these ids that exist, in no particular order. */
    List<Account> findAll(Collection<AccountId> ids);

    /** Removes the account; true when it existed. */
    boolean remove(AccountId id);
}
