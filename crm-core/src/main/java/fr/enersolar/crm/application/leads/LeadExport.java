package fr.enersolar.crm.application.leads;

import java.util.function.Consumer;

/**
 * An export about to be written: how many rows it will have and how to read them. The rows are read
 * from the store while they are written, never held in memory.
 *
 * @param rows how many rows follow
 * @param truncated true when the selection holds more than {@link
 *     LeadAdministration#MAX_EXPORT_ROWS} leads: only the newest are exported
 * @param source hands each row, newest first, to the consumer it is given
 */
public record LeadExport(long rows, boolean truncated, Consumer<Consumer<LeadRow>> source) {}
