package fr.enersolar.crm.batch.jobs;

import fr.enersolar.crm.application.jobs.LeadCursor;
import fr.enersolar.crm.application.jobs.LeadRow;
import fr.enersolar.crm.application.jobs.PageKey;
import java.io.Serializable;
import java.util.function.Function;

/**
 * Reads leads through one cursor opened after a key (the checkpoint a restarted step resumes from),
 * and knows the key of the last lead it handed out: the reader's next checkpoint.
 */
final class LeadReading implements AutoCloseable {

    private final LeadCursor cursor;
    private PageKey position;

    LeadReading(Function<PageKey, LeadCursor> open, Serializable at) {
        this.position = (PageKey) at;
        this.cursor = open.apply(position);
    }

    /** The next lead, or null at the end. */
    LeadRow next() {
        if (!cursor.hasNext()) {
            return null;
        }
        LeadRow row = cursor.next();
        position = row.key();
        return row;
    }

    /** The key of the last lead handed out (the opening key before the first). */
    PageKey position() {
        return position;
    }

    @Override
    public void close() {
        cursor.close();
    }
}
