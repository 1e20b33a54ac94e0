package fr.enersolar.crm.domain.model.lp;

import fr.enersolar.crm.domain.model.account.AccountId;
import java.util.List;
import java.util.Optional;

/** The landing pages of every account. */
public interface LpRepository {

    /** Inserts or replaces the landing page; a code already used by another LP is refused. */
    void store(Lp lp);

    Optional<Lp> find(LpId id);

    /** The landing page with this code, whatever its status. */
    Optional<Lp> findByCode(LpCode code);

    /**
     * Allocates the next free code ({@code LP-001}, {@code LP-002}…), atomically: two concurrent
     * callers never get the same code, even on two servers.
     */
    LpCode nextCode();

    /** The landing pages of an account, newest first, one page at a time. */
    List<Lp> ofAccount(AccountId account, int offset, int limit);

    /** Every landing page, newest first, one page at a time. */
    List<Lp> all(int offset, int limit);

    long count();
}
