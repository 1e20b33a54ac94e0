package fr.enersolar.crm.web.faces.accounts;

import fr.enersolar.crm.application.catalogue.Accounts;
import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.layout.ViewParameters;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The accounts page ({@code accounts/list.xhtml?crm=…}, SPEC-seed §17 "Comptes"): the accounts of
 * one CRM or of all, by name (the first {@link Paging#MAX_LIMIT}, as {@code GET /api/accounts}
 * pages them), with domain, colours, tracking type and a GTM badge. Writers of the accounts section
 * get "Nouveau compte" and "Modifier"; administrators "Supprimer" (ui-gaps).
 */
@Named
@ViewScoped
public class ListAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Accounts accounts;
    @Inject Crms crms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private String crm;
    private transient List<Crm> crmList = List.of();
    private List<AccountRow> rows = List.of();
    private long total;
    private boolean mayWrite;
    private boolean mayDelete;

    /** The page's view action. */
    public void load() {
        mayWrite = staff.identity().map(s -> s.mayWrite(Section.ACCOUNTS)).orElse(false);
        mayDelete = staff.identity().map(s -> s.mayAdminister(Section.ACCOUNTS)).orElse(false);
        crmList = crms.list();
        Map<String, String> names =
                crmList.stream().collect(Collectors.toMap(c -> c.id().value(), Crm::name));
        if (crm != null && !names.containsKey(crm)) {
            crm = null;
        }
        var page = accounts.list(Optional.ofNullable(crm), new Paging(0, Paging.MAX_LIMIT));
        total = page.total();
        rows =
                page.items().stream()
                        .map(a -> AccountRow.of(a, names.getOrDefault(a.primaryCrm().value(), "?")))
                        .toList();
    }

    // --- ui-gaps: delete ---

    /**
     * Deletes the account of the row (as {@code DELETE /api/accounts/{id}}, administrators of the
     * accounts): refused, with the API's French reason as a message, while landing pages or forms
     * still refer to it.
     */
    @ActionRequires(value = Section.ACCOUNTS, access = Access.ADMIN)
    public void delete(AccountRow row) {
        accounts.delete(new Caller(staff.require(), client.ip()), row.id());
        Messages.info(FacesContext.getCurrentInstance(), "accounts.deleted", row.name());
        load();
    }

    public boolean isMayDelete() {
        return mayDelete;
    }

    /**
     * The delete buttons: rendered for administrators, decoded for everyone (a forged postback is
     * refused by the guard).
     */
    public boolean isDeleteShown() {
        FacesContext context = FacesContext.getCurrentInstance();
        return mayDelete
                || (context.isPostback()
                        && context.getCurrentPhaseId()
                                != jakarta.faces.event.PhaseId.RENDER_RESPONSE);
    }

    // --- end ui-gaps ---

    public boolean isMayWrite() {
        return mayWrite;
    }

    public String getCrm() {
        return crm;
    }

    public void setCrm(String crm) {
        this.crm = ViewParameters.id(crm);
    }

    public List<Crm> getCrms() {
        return crmList;
    }

    public List<AccountRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }
}
