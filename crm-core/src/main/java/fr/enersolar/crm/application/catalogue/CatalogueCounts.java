package fr.enersolar.crm.application.catalogue;

import fr.enersolar.crm.domain.model.form.FormCode;
import fr.enersolar.crm.domain.model.lp.LpCode;
import fr.enersolar.crm.domain.model.tracking.TrackingEventType;
import java.util.Collection;
import java.util.Map;

/**
 * The figures shown beside landing pages and forms (SPEC-seed §13), counted by the store for a
 * whole page of them at once: a few grouped counts per page, never one query per item, never the
 * events or leads in memory. Codes with nothing to count are absent from the answers.
 */
public interface CatalogueCounts {

    /** Events of {@code type} per landing-page code, for these codes. */
    Map<LpCode, Long> eventsByLp(Collection<LpCode> lps, TrackingEventType type);

    /** Events of {@code type} per form code, for these codes. */
    Map<FormCode, Long> eventsByForm(Collection<FormCode> forms, TrackingEventType type);

    /** The leads of each of these forms: all of them, those sent, those delivered. */
    Map<FormCode, LeadTally> leadsByForm(Collection<FormCode> forms);

    /**
     * The leads of one form.
     *
     * @param total every lead, whatever its status (the LP's {@code form_submits})
     * @param sent leads marked {@code sent_to_crm}
     * @param finished leads whose delivery status is {@code success} or {@code duplicate}
     */
    record LeadTally(long total, long sent, long finished) {
        public static final LeadTally NONE = new LeadTally(0, 0, 0);
    }
}
