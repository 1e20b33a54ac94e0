package fr.enersolar.crm.application.catalogue;

/**
 * Where a page starts and how long it is. Lists are bounded: a page never holds more than {@link
 * #MAX_LIMIT} items, whatever is asked.
 */
public record Paging(int offset, int limit) {

    /** The longest page any list answers. */
    public static final int MAX_LIMIT = 500;

    public Paging {
        if (offset < 0) {
            throw CatalogueException.invalid("skip", "doit être positif ou nul");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CatalogueException.invalid("limit", "doit être entre 1 et " + MAX_LIMIT);
        }
    }
}
