package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.Lp;
import java.util.Optional;

/**
 * A landing page as the admin API shows it: with its form, its account, its funnel and the partner
 * key of its form as this answer may show it (masked, or clear in the answer of the call that set
 * it).
 */
public record LpView(
        Lp lp, Optional<Form> form, Optional<Account> account, LpStats stats, String crmApiKey) {

    /** {@code LP-004_PAC-002}, when the LP has its form. */
    public Optional<String> liaisonCode() {
        return form.map(f -> new LiaisonCode(lp.code(), f.code()).value());
    }
}
