package fr.enersolar.crm.domain.model.billing;

import fr.enersolar.crm.domain.model.crm.CrmId;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The monthly cross-CRM statements (the seed's {@code billing_history}). */
public interface BillingStatementRepository {

    /**
     * Inserts or replaces the statement; a second statement for the same month and pair of CRMs is
     * refused by the store.
     */
    void store(BillingStatement statement);

    Optional<BillingStatement> find(BillingStatementId id);

    /** The statement of one month between two CRMs. */
    Optional<BillingStatement> forPeriod(YearMonth period, CrmId from, CrmId to);

    /** Every statement of a year, by month. */
    List<BillingStatement> ofYear(int year);
}
