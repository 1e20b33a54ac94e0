package fr.enersolar.crm.web.faces.accounts;

import fr.enersolar.crm.domain.model.account.Account;
import java.io.Serializable;

/**
 * One account as the accounts page shows it.
 *
 * @param id the account's id
 * @param name its name
 * @param crmId its primary CRM's id
 * @param crmName its primary CRM's name ("?" when the CRM is gone)
 * @param domain its web domain
 * @param logo its main logo's URL
 * @param primaryColor its main colour
 * @param secondaryColor its second colour
 * @param trackingType what its pages do after a submit by default
 * @param gtm whether a Google Tag Manager snippet is set
 */
public record AccountRow(
        String id,
        String name,
        String crmId,
        String crmName,
        String domain,
        String logo,
        String primaryColor,
        String secondaryColor,
        String trackingType,
        boolean gtm)
        implements Serializable {

    static AccountRow of(Account a, String crmName) {
        return new AccountRow(
                a.id().value(),
                a.name(),
                a.primaryCrm().value(),
                crmName,
                a.domain(),
                a.logoMainUrl(),
                a.primaryColor(),
                a.secondaryColor(),
                a.defaultTrackingType(),
                !(blank(a.gtmHead()) && blank(a.gtmBody()) && blank(a.gtmConversion())));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
