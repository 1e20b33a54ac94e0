package fr.enersolar.crm.domain.model.form;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.lp.LpId;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.List;
import java.util.Optional;

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
}
