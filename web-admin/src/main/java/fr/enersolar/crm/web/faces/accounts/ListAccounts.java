package fr.enersolar.crm.web.faces.accounts;

import fr.enersolar.crm.application.catalogue.Accounts;
import fr.enersolar.crm.application.catalogue.Crms;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.domain.model.crm.Crm;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.faces.layout.ViewParameters;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The accounts page ({@code accounts/list.xhtml?crm=…}, SPEC-seed §17 "Comptes"): the accounts of
 * one CRM or of all, by name (the first {@link Paging#MAX_LIMIT}, as {@code GET /api/accounts}
 * pages them), with domain, colours, tracking type and a GTM badge. Writers of the accounts section
 * get "Nouveau compte" and "Modifier". The page has no action of its own.
 */
@Named
@RequestScoped
public class ListAccounts {

    @Inject Accounts accounts;
    @Inject Crms crms;
    @Inject CurrentStaff staff;

    private String crm;
    private List<Crm> crmList = List.of();
    private List<AccountRow> rows = List.of();
    private long total;
    private boolean mayWrite;

    /** The page's view action. */
    public void load() {
        mayWrite = staff.identity().map(s -> s.mayWrite(Section.ACCOUNTS)).orElse(false);
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
