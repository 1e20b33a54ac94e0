package fr.enersolar.crm.application.jobs;

import java.util.Iterator;

/**
 * The leads of a window in (created_at, id) order, read through one store cursor that fetches them
 * in batches. Close it when done (the readers of the nightly jobs close it when their step ends).
 */
public interface LeadCursor extends Iterator<LeadRow>, AutoCloseable {

    /** Releases the store cursor; no exception. */
    @Override
    void close();
}
