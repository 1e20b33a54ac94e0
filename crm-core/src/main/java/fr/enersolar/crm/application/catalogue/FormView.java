package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.domain.model.account.Account;
import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.LiaisonCode;
import fr.enersolar.crm.domain.model.lp.Lp;
import java.util.Optional;

/**
 * A form as the admin API shows it: with its landing page, its account, its figures and its partner
 * key as this answer may show it (masked, or clear in the answer of the call that set it).
 */
public record FormView(
        Form form, Optional<Lp> lp, Optional<Account> account, FormStats stats, String crmApiKey) {

    /** {@code LP-004_PAC-002}, when the form has a landing page. */
    public Optional<String> liaisonCode() {
        return lp.map(l -> new LiaisonCode(l.code(), form.code()).value());
    }
}
