package fr.enersolar.crm.application.leads;

/**
 * One page of a list: how many rows to pass over and how many to show. Bounded both ways: a page
 * holds at most {@value #MAX_LIMIT} rows, and a list is not read deeper than {@value #MAX_SKIP}
 * rows (deeper pages cost the store a walk over every row before them; narrow the period instead).
 */
public record Paging(int skip, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    public static final int MAX_SKIP = 100_000;

    public Paging {
        if (skip < 0 || skip > MAX_SKIP) {
            throw new IllegalArgumentException("skip out of range: " + skip);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
    }

    /** The 1-based page number this skip falls on. */
    public int page() {
        return skip / limit + 1;
    }
}
