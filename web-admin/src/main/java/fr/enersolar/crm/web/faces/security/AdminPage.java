package fr.enersolar.crm.web.faces.security;

import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.Permission;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every page of the admin UI, with the permission it needs (the same {@link Permission} rules as
 * the API's {@code @Requires}) and, for the pages the menu lists, its label key and icon. A view
 * that is not listed here is refused to everyone ({@link AdminPageFilter} answers 404), so adding a
 * page without its rule closes it instead of opening it; {@code AdminPagesTest} checks that the
 * list and the {@code .xhtml} files agree.
 */
public enum AdminPage {
    LOGIN("/login.xhtml", null, null, null, null),
    DASHBOARD("/dashboard.xhtml", Section.DASHBOARD, Access.READ, "menu.dashboard", "pi-chart-bar"),
    LEADS("/leads/list.xhtml", Section.LEADS, Access.READ, "menu.leads", "pi-users"),
    LEAD_DETAIL("/leads/detail.xhtml", Section.LEADS, Access.READ, null, null),
    // ui-leads: the rejected and failed leads; ui-gaps: in the menu, after the leads
    LEAD_PROBLEMS(
            "/leads/problems.xhtml",
            Section.LEADS,
            Access.READ,
            "menu.problems",
            "pi-exclamation-triangle"),
    // --- Catalogue pages (issue 7: commandes, accounts, landing pages and forms, départements) ---
    ACCOUNTS(
            "/accounts/list.xhtml", Section.ACCOUNTS, Access.READ, "menu.accounts", "pi-briefcase"),
    ACCOUNT_EDIT("/accounts/edit.xhtml", Section.ACCOUNTS, Access.WRITE, null, null),
    LPS("/lps/list.xhtml", Section.LPS, Access.READ, "menu.lps", "pi-globe"),
    LP_BRIEF("/lps/brief.xhtml", Section.LPS, Access.READ, null, null),
    FORMS("/forms/list.xhtml", Section.FORMS, Access.READ, "menu.forms", "pi-list"),
    FORM_BRIEF("/forms/brief.xhtml", Section.FORMS, Access.READ, null, null),
    DEPARTEMENTS(
            "/departements/stats.xhtml",
            Section.DEPARTEMENTS,
            Access.READ,
            "menu.departements",
            "pi-map"),
    COMMANDES(
            "/commandes/list.xhtml",
            Section.COMMANDES,
            Access.READ,
            "menu.commandes",
            "pi-shopping-cart"),
    COMMANDE_EDIT("/commandes/edit.xhtml", Section.COMMANDES, Access.WRITE, null, null),
    // --- end of the catalogue pages ---
    // Billing and nightly verification (ui-billing, issue 7)
    BILLING("/billing/overview.xhtml", Section.BILLING, Access.READ, "menu.billing", "pi-euro"),
    BILLING_DOWNLOAD("/billing/download.xhtml", Section.BILLING, Access.READ, null, null),
    VERIFICATION(
            "/verification/reports.xhtml",
            Section.DASHBOARD,
            Access.READ,
            "menu.verification",
            "pi-verified"),
    VERIFICATION_REPORT("/verification/report.xhtml", Section.DASHBOARD, Access.READ, null, null),
    // end ui-billing
    SYSTEM("/system/health.xhtml", Section.SETTINGS, Access.ADMIN, "menu.system", "pi-server"),
    // --- administration pages (ui-admin): the same rules as their API endpoints ---
    /** Staff accounts: {@code /api/auth/users}. */
    USERS("/admin/users.xhtml", Section.USERS, Access.ADMIN, "menu.users", "pi-user-edit"),
    /** The activity log: {@code /api/config/activity-logs}. */
    ACTIVITY("/admin/activity.xhtml", Section.USERS, Access.READ, "menu.activity", "pi-history"),
    /** The v1 key and the partner keys: {@code /api/settings/redistribution-keys}. */
    SETTINGS("/admin/settings.xhtml", Section.SETTINGS, Access.READ, "menu.settings", "pi-key"),
    /** Installed connectors: {@code /api/connectors}. */
    CONNECTORS(
            "/admin/connectors.xhtml",
            Section.CONNECTORS,
            Access.READ,
            "menu.connectors",
            "pi-box"),
// --- end of administration pages (ui-admin) ---
;

    private final String view;
    private final Permission permission;
    private final String menuKey;
    private final String icon;

    AdminPage(String view, Section section, Access access, String menuKey, String icon) {
        this.view = view;
        this.permission =
                section == null
                        ? new Permission(Permission.Kind.PUBLIC, null, null)
                        : new Permission(Permission.Kind.SECTION, section, access);
        this.menuKey = menuKey;
        this.icon = icon;
    }

    /** The view id: the page's path under the web root. */
    public String view() {
        return view;
    }

    /** Who may open the page (and post back to it). */
    public Permission permission() {
        return permission;
    }

    /** The resource-bundle key of its menu entry; null when the menu does not list it. */
    public String menuKey() {
        return menuKey;
    }

    /** Its PrimeIcons icon class in the menu. */
    public String icon() {
        return icon;
    }

    /** The page with this view id. */
    public static Optional<AdminPage> ofView(String view) {
        return Arrays.stream(values()).filter(p -> p.view.equals(view)).findFirst();
    }

    /** The pages the menu lists, in menu order. */
    public static List<AdminPage> menu() {
        return Arrays.stream(values()).filter(p -> p.menuKey != null).toList();
    }
}
