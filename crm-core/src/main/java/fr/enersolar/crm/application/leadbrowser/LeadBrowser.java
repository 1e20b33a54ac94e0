package fr.enersolar.crm.application.leadbrowser;

import fr.enersolar.crm.domain.model.lead.Lead;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.LeadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The staff's lead table and lead detail (issue 7): one page of a filtered selection at a time,
 * counted with a cap, and one lead with its timeline. Bounded both ways: a page holds at most
 * {@value #MAX_PAGE_SIZE} rows and the table is not read deeper than {@value #MAX_SKIP} rows (a
 * deeper page costs the store a walk over every row before it: narrow the period instead).
 */
@ApplicationScoped
public class LeadBrowser {

    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_SKIP = 100_000;

    /** Counting stops here: the table then says "at least". */
    public static final long COUNT_CAP = MAX_SKIP + MAX_PAGE_SIZE;

    private LeadListing listing;
    private LeadRepository leads;

    /** For CDI. */
    protected LeadBrowser() {}

    @Inject
    public LeadBrowser(LeadListing listing, LeadRepository leads) {
        this.listing = listing;
        this.leads = leads;
    }

    /** The rows of one page; an offset beyond {@link #MAX_SKIP} gives an empty page. */
    public List<LeadSummary> page(LeadFilter filter, int offset, int size) {
        Objects.requireNonNull(filter);
        if (offset < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page out of range: " + offset + "+" + size);
        }
        if (offset > MAX_SKIP) {
            return List.of();
        }
        return listing.rows(filter, offset, size);
    }

    /** How many leads the filter selects, at most {@link #COUNT_CAP}. */
    public long count(LeadFilter filter) {
        return listing.count(Objects.requireNonNull(filter), COUNT_CAP);
    }

    /** One lead with its timeline, consent and attribution. */
    public Optional<Lead> find(LeadId id) {
        return leads.find(id);
    }
}
