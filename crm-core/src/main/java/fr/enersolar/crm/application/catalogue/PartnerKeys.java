package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.domain.model.form.Form;
import fr.enersolar.crm.domain.model.form.FormRepository;
import fr.enersolar.crm.domain.model.lp.LpRepository;
import fr.enersolar.crm.domain.model.shared.SecretSealer;
import fr.enersolar.crm.domain.model.shared.SecretUnreadableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The partner keys of forms (the key the home CRM gave for a form, sent as {@code Authorization}
 * when a lead is delivered): sealed before they are stored, opened only to be sent, masked when
 * shown ({@code ****} + last 4).
 */
@ApplicationScoped
public class PartnerKeys {

    private static final Logger LOG = Logger.getLogger(PartnerKeys.class.getName());

    /** What staff see of a key that no longer opens (another secrets key, altered value). */
    static final String UNREADABLE = "****";

    private SecretSealer sealer;
    private FormRepository forms;
    private LpRepository lps;

    /** For CDI. */
    protected PartnerKeys() {}

    @Inject
    public PartnerKeys(SecretSealer sealer, FormRepository forms, LpRepository lps) {
        this.sealer = sealer;
        this.forms = forms;
        this.lps = lps;
    }

    /** The sealed form of a key staff typed. */
    public String seal(String clearKey) {
        return sealer.seal(clearKey == null ? "" : clearKey.trim());
    }

    /**
     * The clear key of a form, to send to its partner; a key stored in clear before sealing (until
     * the store is prepared) is used as it is. Empty when the form has none.
     *
     * @throws SecretUnreadableException when the key was sealed with another secrets key
     */
    public String clearKey(Form form) {
        String stored = form.sealedCrmApiKey();
        return sealer.isSealed(stored) ? sealer.open(stored) : stored;
    }

    /** The form's key as staff see it after creation: {@code ****} + its last 4 characters. */
    public String masked(Form form) {
        try {
            return SecretSealer.mask(clearKey(form));
        } catch (SecretUnreadableException e) {
            LOG.warning(
                    () ->
                            "The partner key of form "
                                    + form.code()
                                    + " does not open: "
                                    + e.getMessage());
            return UNREADABLE;
        }
    }

    /**
     * Seals the keys still stored in clear and drops the copies the seed kept on landing pages; run
     * at every start, a no-op once done.
     */
    public void sealLegacyKeys() {
        int sealed = forms.sealClearCrmApiKeys(sealer::isSealed, sealer::seal);
        int forgotten = lps.forgetCrmApiKeyCopies();
        if (sealed > 0 || forgotten > 0) {
            LOG.info(
                    () ->
                            "Partner keys: sealed "
                                    + sealed
                                    + " form key(s) stored in clear, removed "
                                    + forgotten
                                    + " copy(ies) on landing pages");
        }
    }
}
