package fr.enersolar.crm.web.faces.lps;

import fr.enersolar.crm.application.catalogue.Accounts;
import fr.enersolar.crm.application.catalogue.Caller;
import fr.enersolar.crm.application.catalogue.LandingPages;
import fr.enersolar.crm.application.catalogue.LpView;
import fr.enersolar.crm.application.catalogue.Paging;
import fr.enersolar.crm.application.catalogue.Values;
import fr.enersolar.crm.domain.model.shared.ProductType;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The landing pages page ({@code lps/list.xhtml}, SPEC-seed §17 "Landing Pages"): the active
 * landing pages, newest first (the first {@link Paging#MAX_LIMIT}, as {@code GET /api/lps} pages
 * them), with code, name, account, product, mode, URL, form and liaison codes, the funnel figures,
 * and a link to each one's brief. Writers of the landing pages (ui-gaps) create an LP with its
 * form, duplicate one and archive one (with its form) through the same {@link LandingPages} as
 * {@code POST /api/lps}, {@code POST /api/lps/{id}/duplicate} and {@code DELETE /api/lps/{id}}: the
 * same checks, the same activity log.
 */
@Named
@RequestScoped
public class ListLps {

    /** The request parameter naming the row an action is for. */
    static final String ROW = "lp";

    @Inject LandingPages landingPages;
    @Inject Accounts accounts;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private List<LpView> rows;
    private long total;
    private List<SelectItem> accountChoices;
    private String accountId;
    private String name;
    private String url;
    private String product = ProductType.PV.name();

    /** The landing pages, read once per request. */
    public List<LpView> getRows() {
        if (rows == null) {
            var page = landingPages.list(Optional.empty(), null, new Paging(0, Paging.MAX_LIMIT));
            rows = page.items();
            total = page.total();
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    /** Submits per visit, in percent, one decimal; 0 without visits. */
    public double conversion(LpView view) {
        long visits = view.stats().visits();
        return visits == 0 ? 0 : Math.round(1000.0 * view.stats().formSubmits() / visits) / 10.0;
    }

    // --- ui-gaps: create, duplicate, archive ---

    /** Creates a landing page and its form (as {@code POST /api/lps}); back to the list. */
    @ActionRequires(value = Section.LPS, access = Access.WRITE)
    public String create() {
        FacesContext context = FacesContext.getCurrentInstance();
        Values values =
                Values.builder()
                        .text("account_id", orEmpty(accountId))
                        .text("name", orEmpty(name))
                        .text("url", orEmpty(url))
                        .text("product_type", orEmpty(product))
                        .build();
        LandingPages.Duo duo = landingPages.create(caller(), values);
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(
                context,
                "lps.created",
                duo.lp().lp().code().value(),
                duo.form().form().code().value());
        return "/lps/list?faces-redirect=true";
    }

    /** Duplicates the landing page of the row (as {@code POST /api/lps/{id}/duplicate}). */
    @ActionRequires(value = Section.LPS, access = Access.WRITE)
    public String duplicate() {
        FacesContext context = FacesContext.getCurrentInstance();
        LandingPages.Duo duo = landingPages.duplicate(caller(), row(context));
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(
                context,
                "lps.duplicated",
                duo.lp().lp().code().value(),
                duo.form().form().code().value());
        return "/lps/list?faces-redirect=true";
    }

    /** Archives the landing page of the row and its form (as {@code DELETE /api/lps/{id}}). */
    @ActionRequires(value = Section.LPS, access = Access.WRITE)
    public String archive(String id) {
        FacesContext context = FacesContext.getCurrentInstance();
        String code = landingPages.get(id).lp().code().value();
        landingPages.archive(caller(), id);
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(context, "lps.archived", code);
        return "/lps/list?faces-redirect=true";
    }

    static String row(FacesContext context) {
        String id = context.getExternalContext().getRequestParameterMap().get(ROW);
        return id == null ? "" : id.trim();
    }

    private Caller caller() {
        return new Caller(staff.require(), client.ip());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Whether the staff member may create, duplicate and archive landing pages. */
    public boolean isMayWrite() {
        return staff.identity().map(s -> s.mayWrite(Section.LPS)).orElse(false);
    }

    /**
     * Whether the writers' buttons are in the page: rendered for writers only, but decoded for
     * everyone, so that a reader's forged postback reaches the action and its {@link
     * ActionRequires} guard refuses it (a 403) instead of being silently ignored.
     */
    public boolean isActionsShown() {
        return isMayWrite() || decoding();
    }

    static boolean decoding() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    /** The accounts a new landing page may belong to. */
    public List<SelectItem> getAccountChoices() {
        if (accountChoices == null) {
            accountChoices =
                    accounts
                            .list(Optional.empty(), new Paging(0, Paging.MAX_LIMIT))
                            .items()
                            .stream()
                            .map(a -> new SelectItem(a.id().value(), a.name()))
                            .toList();
        }
        return accountChoices;
    }

    public List<String> getProducts() {
        return Arrays.stream(ProductType.values()).map(Enum::name).toList();
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }
    // --- end ui-gaps ---
}
