package fr.enersolar.crm.domain.model.lp;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * Which landing pages a list shows: those of one account or of every account, in one status or in
 * any (the seed's {@code status=} with an empty value).
 */
public record LpQuery(Optional<AccountId> account, Optional<LifecycleStatus> status) {

    public LpQuery {
        Objects.requireNonNull(account);
        Objects.requireNonNull(status);
    }

    /** Every landing page. */
    public static LpQuery any() {
        return new LpQuery(Optional.empty(), Optional.empty());
    }
}
