package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.LeadRow;
import fr.enersolar.crm.application.jobs.PageKey;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads leads page by page after a key, and knows the key of the last lead it handed out: the
 * reader's checkpoint.
 */
final class LeadPages {

    private final BiFunction<PageKey, Integer, List<LeadRow>> source;
    private final int pageSize;
    private final Deque<LeadRow> buffer = new ArrayDeque<>();
    private PageKey position;
    private boolean exhausted;

    LeadPages(BiFunction<PageKey, Integer, List<LeadRow>> source, int pageSize, Serializable at) {
        this.source = source;
        this.pageSize = pageSize;
        this.position = (PageKey) at;
    }

    LeadRow next() {
        if (buffer.isEmpty() && !exhausted) {
            List<LeadRow> page = source.apply(position, pageSize);
            buffer.addAll(page);
            exhausted = page.size() < pageSize;
        }
        LeadRow row = buffer.poll();
        if (row != null) {
            position = row.key();
        }
        return row;
    }

    /** The key of the last lead handed out (null before the first). */
    PageKey position() {
        return position;
    }
}
