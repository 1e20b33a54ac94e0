package fr.enersolar.crm.web.faces.lps;

import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.FormCatalogue;
import fr.enersolar.crm.application.catalogue.FormView;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forms page ({@code forms/list.xhtml?product=…}, SPEC-seed §17 "Formulaires"): product tabs
 * (all, PV, PAC, ITE) and the active forms, newest first (the first {@link Paging#MAX_LIMIT}, as
 * {@code GET /api/forms} pages them), with code, name, product, account, URL, landing page, the
 * figures (started, leads, conversion) and a link to each one's brief.
 */
@Named
@RequestScoped
public class ListForms {

    @Inject FormCatalogue forms;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private String product;
    private List<FormView> rows;
    private long total;

    /** The forms of the chosen product, read once per request. */
    public List<FormView> getRows() {
        if (rows == null) {
            var page =
                    forms.list(
                            Optional.empty(),
                            Optional.ofNullable(product),
                            null,
                            new Paging(0, Paging.MAX_LIMIT));
            rows = page.items();
            total = page.total();
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    // --- ui-gaps: archive ---

    /** Archives the form of the row (as {@code DELETE /api/forms/{id}}); back to the list. */
    @ActionRequires(value = Section.FORMS, access = Access.WRITE)
    public String archive(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        String code = forms.get(id).form().code().value();
        forms.archive(new Caller(staff.require(), client.ip()), id);
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(context, "forms.archived", code);
        return "/forms/list?faces-redirect=true" + (product == null ? "" : "&product=" + product);
    }

    /** Whether the staff member may archive forms. */
    public boolean isMayWrite() {
        return staff.identity().map(s -> s.mayWrite(Section.FORMS)).orElse(false);
    }

    /** The writers' buttons: rendered for writers, decoded for everyone (see {@link ListLps}). */
    public boolean isActionsShown() {
        return isMayWrite() || ListLps.decoding();
    }

    // --- end ui-gaps ---

    /** The product tabs' values. */
    public List<String> getProducts() {
        return Arrays.stream(ProductType.values()).map(Enum::name).toList();
    }

    public String getProduct() {
        return product;
    }

    /** Only a known product filters; anything else shows every form. */
    public void setProduct(String product) {
        this.product =
                product != null && getProducts().contains(product.trim().toUpperCase())
                        ? product.trim().toUpperCase()
                        : null;
    }
}
