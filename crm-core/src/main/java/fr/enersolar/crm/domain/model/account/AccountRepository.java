package fr.enersolar.crm.domain.model.account;

import fr.enersolar.crm.domain.model.crm.CrmId;
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

    /** Removes the account; true when it existed. */
    boolean remove(AccountId id);
}
