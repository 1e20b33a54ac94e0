package fr.enersolar.crm.domain.model.lp;

import fr.enersolar.crm.domain.model.account.AccountId;
import java.util.Collection;
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

    /** The landing pages the query selects, newest first, one page at a time. */
    List<Lp> list(LpQuery query, int offset, int limit);

    /** How many landing pages the query selects, counted by the store. */
    long count(LpQuery query);

    /** How many landing pages an account has, archived ones included. */
    long countOfAccount(AccountId account);

    /** The landing pages with these ids that exist, in no particular order. */
    List<Lp> findAll(Collection<LpId> ids);

    /**
     * Removes the copies of partner keys the seed kept on landing pages (the form holds the key);
     * answers how many landing pages had one.
     */
    int forgetCrmApiKeyCopies();
}
