package fr.enersolar.crm.domain.model.user;

import java.util.Locale;

/**
 * A section of the product a permission opens: the nine keys of the seed (SPEC-seed §2.2) plus
 * {@code billing} and {@code connectors}.
 */
public enum Section {
    DASHBOARD,
    ACCOUNTS,
    LPS,
    FORMS,
    LEADS,
    DEPARTEMENTS,
    COMMANDES,
    SETTINGS,
    USERS,
    BILLING,
    CONNECTORS;

    /** The key used in JSON and in the store ({@code "dashboard"}, …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
