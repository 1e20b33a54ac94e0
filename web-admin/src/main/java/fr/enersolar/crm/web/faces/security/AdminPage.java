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
    // ui-leads: the rejected and failed leads
    LEAD_PROBLEMS("/leads/problems.xhtml", Section.LEADS, Access.READ, null, null),
    // /ui-leads
    SYSTEM("/system/health.xhtml", Section.SETTINGS, Access.ADMIN, "menu.system", "pi-server");

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
