package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.domain.model.lead.LeadId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The staff's read model of the leads, answered by the store: filtered, sorted newest first (then
 * by id, so pages never overlap), projected to the listed fields, counted with a cap. Nothing here
 * loads a whole collection.
 */
public interface LeadViews {

    /** One page of leads, newest first. */
    List<LeadRow> rows(LeadCriteria criteria, LeadShelf shelf, int skip, int limit);

    /** How many leads the selection holds, counting up to {@code cap}. */
    LeadCount count(LeadCriteria criteria, LeadShelf shelf, long cap);

    /**
     * The whole stored lead with its timeline, consent and campaign fields, by the seed's names
     * ({@code id}, {@code phone}, …, {@code timeline}); dates as {@link java.time.Instant}s, nested
     * documents as maps. Empty when no live lead has this id.
     */
    Optional<Map<String, Object>> document(LeadId id);

    /** Hands the first {@code max} selected live leads, newest first, one at a time. */
    void export(LeadCriteria criteria, int max, Consumer<LeadRow> each);
}
