package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The staff's changes to stored leads, each made by the store in place: only the named fields are
 * written, so a change never overwrites what routing or delivery wrote to the same lead meanwhile.
 */
public interface LeadChanges {

    /**
     * Sets the prospect fields of {@code after} and appends {@code entry} to the timeline, provided
     * every changed field still holds its value of {@code before} (else nothing is written).
     *
     * @return false when the lead is gone or was changed meanwhile
     */
    boolean amend(
            LeadId id, Map<String, String> before, Map<String, String> after, TimelineEntry entry);

    /**
     * Moves the live lead to the archive with {@code archived_at} and {@code archived_by}.
     *
     * @return the archived document (as {@link LeadViews#document}), empty when no live lead has
     *     this id
     */
    Optional<Map<String, Object>> archive(LeadId id, String by, Instant at);

    /**
     * Moves an archived lead back to the live leads, without its archive fields.
     *
     * @return the restored document, empty when no archived lead has this id
     */
    Optional<Map<String, Object>> restore(LeadId id);
}
