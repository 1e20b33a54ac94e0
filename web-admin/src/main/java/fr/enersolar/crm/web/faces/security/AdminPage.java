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
            "pi-box");
    // --- end of administration pages (ui-admin) ---

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
