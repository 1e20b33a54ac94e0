package fr.enersolar.crm.web.faces.lps;

import fr.enersolar.crm.application.catalogue.FormCatalogue;
import fr.enersolar.crm.application.catalogue.FormView;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.domain.model.shared.ProductType;
import jakarta.enterprise.context.RequestScoped;
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
