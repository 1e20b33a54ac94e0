package fr.enersolar.crm.domain.model.form;

import fr.enersolar.crm.domain.model.account.AccountId;
import fr.enersolar.crm.domain.model.shared.LifecycleStatus;
import fr.enersolar.crm.domain.model.shared.ProductType;
import java.util.Objects;
import java.util.Optional;

/** Which forms a list shows: by account, by product, by status; empty = no filter. */
public record FormQuery(
        Optional<AccountId> account,
        Optional<ProductType> product,
        Optional<LifecycleStatus> status) {

    public FormQuery {
        Objects.requireNonNull(account);
        Objects.requireNonNull(product);
        Objects.requireNonNull(status);
    }

    /** Every form. */
    public static FormQuery any() {
        return new FormQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
