package fr.enersolar.crm.web.faces.lps;

import fr.enersolar.crm.application.catalogue.LandingPages;
import fr.enersolar.crm.application.catalogue.LpView;
import fr.enersolar.crm.application.catalogue.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The landing pages page ({@code lps/list.xhtml}, SPEC-seed §17 "Landing Pages"): the active
 * landing pages, newest first (the first {@link Paging#MAX_LIMIT}, as {@code GET /api/lps} pages
 * them), with code, name, account, product, mode, URL, form and liaison codes, the funnel figures,
 * and a link to each one's brief.
 */
@Named
@RequestScoped
public class ListLps {

    @Inject LandingPages landingPages;

    private List<LpView> rows;
    private long total;

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
}
