package fr.enersolar.crm.web.faces.layout;

import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.AdminPage;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The layout's menu and user box: only the pages the caller may open are listed (the seed showed
 * every entry to everyone), with the caller's name and role.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject CurrentStaff staff;

    private List<MenuEntry> entries = List.of();
    private String userName = "";
    private String roleLabel = "";

    @PostConstruct
    void init() {
        Optional<StaffIdentity> caller = staff.identity();
        if (caller.isEmpty()) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String current = context.getViewRoot() == null ? "" : context.getViewRoot().getViewId();
        StaffIdentity identity = caller.get();
        List<AdminPage> allowed =
                AdminPage.menu().stream()
                        .filter(page -> page.permission().allows(identity))
                        .toList();
        String highlighted = highlighted(allowed, current);
        entries =
                allowed.stream()
                        .map(
                                page ->
                                        new MenuEntry(
                                                page.view(),
                                                Messages.text(context, page.menuKey()),
                                                page.icon(),
                                                page.view().equals(highlighted)))
                        .toList();
        userName =
                identity.nom() == null || identity.nom().isBlank()
                        ? identity.email()
                        : identity.nom();
        roleLabel = Messages.text(context, "role." + identity.role().key());
    }

    /**
     * The menu entry to highlight (ui-gaps: two entries may share a folder, the leads and the
     * rejected leads): the current page's own, else the first in its folder; none otherwise.
     */
    static String highlighted(List<AdminPage> menu, String current) {
        return menu.stream()
                .map(AdminPage::view)
                .filter(view -> view.equals(current))
                .findFirst()
                .or(
                        () ->
                                menu.stream()
                                        .map(AdminPage::view)
                                        .filter(view -> sameFolder(view, current))
                                        .findFirst())
                .orElse("");
    }

    /**
     * Whether two views sit in the same folder other than the root: a page's sub-pages (the lead
     * detail, a commande's form, a brief…) keep their menu entry highlighted.
     */
    static boolean sameFolder(String menuView, String current) {
        int slash = menuView.lastIndexOf('/');
        return slash > 0 && current.startsWith(menuView.substring(0, slash + 1));
    }

    public List<MenuEntry> getEntries() {
        return entries;
    }

    public String getUserName() {
        return userName;
    }

    public String getRoleLabel() {
        return roleLabel;
    }
}
