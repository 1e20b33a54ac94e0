package fr.enersolar.crm.domain.model.lead;

import fr.enersolar.crm.domain.model.form.FormCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every lead ever received, valid or not. */
public interface LeadRepository {

    /** Inserts or replaces the lead. */
    void store(Lead lead);

    /** Inserts a new lead; the call returns once the store has acknowledged the write. */
    void add(Lead lead);

    Optional<Lead> find(LeadId id);

    /** The most recent leads first, one page at a time. */
    List<Lead> recent(int offset, int limit);

    long count();

    /** How many leads were received at or after {@code since}. */
    long countSince(Instant since);

    /**
     * How many leads of this form were delivered ({@code api_status} {@code success} or {@code
     * duplicate}): the funnel's "finished" step (SPEC-seed §13), counted by the store.
     */
    long countFinished(FormCode form);

    /** How many leads have each diagnostic status, counted by the store. */
    Map<String, Long> countByStatus();

    /** How many leads have each delivery status, counted by the store. */
    Map<String, Long> countByApiStatus();
}
