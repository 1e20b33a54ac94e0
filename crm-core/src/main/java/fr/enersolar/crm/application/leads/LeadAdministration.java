package fr.enersolar.crm.application.leads;

import fr.enersolar.crm.application.activity.ActivityJournal;
import fr.enersolar.crm.application.auth.StaffIdentity;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.Subject;
import fr.enersolar.crm.domain.model.lead.LeadId;
import fr.enersolar.crm.domain.model.lead.TimelineEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The staff's work on leads (SPEC-seed §5.3 "Leads"): lists and details read from the store,
 * corrections of the prospect's fields, archiving and restoring, CSV exports. Every change and
 * every export is written to the activity log; corrections also go on the lead's timeline.
 */
@ApplicationScoped
public class LeadAdministration {

    /** Most leads a bulk action takes at once. */
    public static final int MAX_BULK = 500;

    /** Most rows one CSV export holds: the newest leads of the selection. */
    public static final int MAX_EXPORT_ROWS = 100_000;

    /** Lists count their selection up to here ({@link Paging#MAX_SKIP} + one page). */
    static final long COUNT_CAP = Paging.MAX_SKIP + Paging.MAX_LIMIT;

    /** Bulk actions on leads. */
    public enum BulkAction {
        ARCHIVE,
        RESTORE;

        /** The action named {@code archive} or {@code restore}; empty for anything else. */
        public static Optional<BulkAction> parse(String name) {
            for (BulkAction action : values()) {
                if (action.name().equalsIgnoreCase(name)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Inject LeadViews views;
    @Inject LeadChanges changes;
    @Inject ActivityJournal journal;
    @Inject Validator validator;
    @Inject Clock clock;

    /** One page of the live (or archived) leads of the selection, newest first. */
    public LeadList list(LeadCriteria criteria, Paging paging, LeadShelf shelf) {
        List<LeadRow> rows = views.rows(criteria, shelf, paging.skip(), paging.limit() + 1);
        boolean more = rows.size() > paging.limit();
        LeadCount total = views.count(criteria, shelf, COUNT_CAP);
        return new LeadList(more ? rows.subList(0, paging.limit()) : rows, total, paging, more);
    }

    /** The whole live lead, as {@link LeadViews#document}. */
    public Optional<Map<String, Object>> detail(LeadId id) {
        return views.document(id);
    }

    /**
     * Corrects the prospect's fields given ({@code null} = unchanged) after checking them as intake
     * does. The change goes on the lead's timeline ({@code staff_edit}, with each field's old and
     * new value) and in the activity log. The lead's diagnosis and delivery status are left as they
     * are: sending a corrected lead is the delivery endpoints' decision.
     */
    public EditOutcome edit(
            StaffIdentity staff, LeadId id, Map<String, String> given, String clientIp) {
        ProspectEdit.Checked checked = ProspectEdit.check(given, validator);
        if (checked instanceof ProspectEdit.Refused refused) {
            return new EditOutcome.Invalid(refused.problems());
        }
        Map<String, String> values = ((ProspectEdit.Accepted) checked).values();
        Optional<Map<String, Object>> current = views.document(id);
        if (current.isEmpty()) {
            return new EditOutcome.NotFound();
        }
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        values.forEach(
                (field, value) -> {
                    Object old = current.get().get(field);
                    String oldText = old == null ? "" : old.toString();
                    if (!oldText.equals(value)) {
                        before.put(field, oldText);
                        after.put(field, value);
                    }
                });
        if (after.isEmpty()) {
            return new EditOutcome.Edited(Map.of(), Map.of());
        }
        Instant now = clock.instant();
        TimelineEntry entry = new TimelineEntry(now, "staff_edit", describe(staff, before, after));
        if (!changes.amend(id, rawBefore(current.get(), before), after, entry)) {
            return views.document(id).isPresent()
                    ? new EditOutcome.Conflict()
                    : new EditOutcome.NotFound();
        }
        journal.recordChange(
                staff.actor(),
                ActivityAction.UPDATE,
                subject(id, current.get()),
                before,
                after,
                clientIp);
        return new EditOutcome.Edited(before, after);
    }

    /** Archives the live lead ({@code DELETE}); false when there is none with this id. */
    public boolean archive(StaffIdentity staff, LeadId id, String clientIp) {
        return apply(staff, BulkAction.ARCHIVE, id, clientIp, Map.of());
    }

    /** Applies {@code action} to each lead (at most {@value #MAX_BULK}), logging each one. */
    public BulkOutcome bulk(
            StaffIdentity staff, BulkAction action, List<LeadId> ids, String clientIp) {
        if (ids.size() > MAX_BULK) {
            throw new IllegalArgumentException("at most " + MAX_BULK + " leads at once");
        }
        List<LeadId> done = new ArrayList<>();
        List<LeadId> notFound = new ArrayList<>();
        for (LeadId id : new LinkedHashSet<>(ids)) {
            if (apply(staff, action, id, clientIp, Map.of("bulk", true))) {
                done.add(id);
            } else {
                notFound.add(id);
            }
        }
        return new BulkOutcome(done, notFound);
    }

    /**
     * Prepares a CSV export of the selection (at most {@value #MAX_EXPORT_ROWS} rows, the newest)
     * and writes it to the activity log with its filters and size.
     *
     * @param filters the filters as the staff gave them, for the log
     */
    public LeadExport export(
            StaffIdentity staff,
            LeadCriteria criteria,
            Map<String, String> filters,
            String clientIp) {
        LeadCount count = views.count(criteria, LeadShelf.ACTIVE, MAX_EXPORT_ROWS + 1L);
        boolean truncated = count.value() > MAX_EXPORT_ROWS;
        long rows = Math.min(count.value(), MAX_EXPORT_ROWS);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", "csv");
        details.put("rows", rows);
        details.put("truncated", truncated);
        details.put("filters", new LinkedHashMap<>(filters));
        journal.record(
                staff.actor(),
                ActivityAction.EXPORT,
                new Subject("lead", "", "Export CSV des leads"),
                details,
                clientIp);
        return new LeadExport(
                rows, truncated, sink -> views.export(criteria, MAX_EXPORT_ROWS, sink));
    }

    private boolean apply(
            StaffIdentity staff,
            BulkAction action,
            LeadId id,
            String clientIp,
            Map<String, Object> extra) {
        Optional<Map<String, Object>> moved =
                switch (action) {
                    case ARCHIVE -> changes.archive(id, staff.email(), clock.instant());
                    case RESTORE -> changes.restore(id);
                };
        if (moved.isEmpty()) {
            return false;
        }
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put("action", action.wire());
        journal.record(
                staff.actor(),
                action == BulkAction.ARCHIVE ? ActivityAction.DELETE : ActivityAction.UPDATE,
                subject(id, moved.get()),
                details,
                clientIp);
        return true;
    }

    /** The old values as stored (null for a field the lead lacks), for the store's check. */
    private static Map<String, String> rawBefore(
            Map<String, Object> current, Map<String, String> before) {
        Map<String, String> raw = new LinkedHashMap<>();
        before.keySet()
                .forEach(
                        field -> {
                            Object value = current.get(field);
                            raw.put(field, value == null ? null : value.toString());
                        });
        return raw;
    }

    private static Subject subject(LeadId id, Map<String, Object> lead) {
        String name = (text(lead.get("prenom")) + " " + text(lead.get("nom"))).strip();
        return new Subject("lead", id.value(), name.isEmpty() ? id.value() : name);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** {@code Corrigé par a@b.fr : nom « Dupon » → « Dupont » ; …} */
    static String describe(
            StaffIdentity staff, Map<String, String> before, Map<String, String> after) {
        StringBuilder text = new StringBuilder("Corrigé par ").append(staff.email()).append(" : ");
        List<String> parts = new ArrayList<>();
        after.forEach(
                (field, value) ->
                        parts.add(
                                field
                                        + " « "
                                        + Objects.requireNonNullElse(before.get(field), "")
                                        + " » → « "
                                        + value
                                        + " »"));
        return text.append(String.join(" ; ", parts)).toString();
    }
}
