package fr.enersolar.crm.application.leads;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of SPEC-seed §15.1 for a selection of leads. Maps keep the store's order: by
 * département and by source from the largest count down.
 *
 * @param total how many leads were selected
 * @param byDepartement per département code ({@code ""} for leads without one)
 * @param byProduct per product code ({@code ""} for leads without one, e.g. orphans)
 * @param bySource per source: the lead's {@code source}, else its {@code utm_source}, else {@code
 *     Direct}; the {@value #MAX_SOURCES} largest only
 * @param byStatus per delivery status ({@code api_status})
 */
public record DepartementBreakdown(
        long total,
        Map<String, ProductCounts> byDepartement,
        Map<String, Long> byProduct,
        Map<String, ProductCounts> bySource,
        Map<String, Long> byStatus) {

    /** Sources are free text from the landing pages: only the largest ones are listed. */
    public static final int MAX_SOURCES = 100;

    public DepartementBreakdown {
        byDepartement = ordered(byDepartement);
        byProduct = ordered(byProduct);
        bySource = ordered(bySource);
        byStatus = ordered(byStatus);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
