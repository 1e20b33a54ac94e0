package fr.enersolar.crm.domain.model.form;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The lead forms of every account. */
public interface FormRepository {

    /** Inserts or replaces the form; a code already used by another form is refused. */
    void store(Form form);

    Optional<Form> find(FormId id);

    /** The form with this code, whatever its status. */
    Optional<Form> findByCode(FormCode code);

    /**
     * Allocates the next free code of {@code product} ({@code PAC-001}, {@code PAC-002}…),
     * atomically: two concurrent callers never get the same code, even on two servers.
     */
    FormCode nextCode(ProductType product);

    /** The forms of an account, newest first, one page at a time. */
    List<Form> ofAccount(AccountId account, int offset, int limit);

    /** The forms a landing page sends visitors to (one, or more after a duplication). */
    List<Form> ofLp(LpId lp);

    long count();

    /** The forms the query selects, newest first, one page at a time. */
    List<Form> list(FormQuery query, int offset, int limit);

    /** How many forms the query selects, counted by the store. */
    long count(FormQuery query);

    /** How many forms an account has, archived ones included. */
    long countOfAccount(AccountId account);

    /** The forms with these ids that exist, in no particular order. */
    List<Form> findAll(Collection<FormId> ids);

    /**
     * Seals every partner key still stored in clear (documents written before keys were sealed, or
     * migrated from the seed): each key {@code isSealed} refuses is replaced by {@code seal(key)};
     * answers how many were sealed.
     */
    int sealClearCrmApiKeys(Predicate<String> isSealed, UnaryOperator<String> seal);
}
