package fr.enersolar.crm.web.faces.admin;

import fr.enersolar.crm.application.activity.ActivityLogs;
import fr.enersolar.crm.application.users.UserAdministration;
import fr.enersolar.crm.domain.model.activity.ActivityAction;
import fr.enersolar.crm.domain.model.activity.ActivityLogFilter;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The activity log page (the users section open, as {@code /api/config/activity-logs}): newest
 * first, paged by the store, filtered by staff member, entity type, action and a period of days
 * (Paris time), each entry with its values before and after (secrets masked).
 */
@Named
@ViewScoped
public class ShowActivity implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The days of the period filter are French days. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The table's client id in admin/activity.xhtml. */
    static final String TABLE = ":activity-form:logs";

    /** The entity types the application writes, offered in the filter. */
    static final List<String> ENTITY_TYPES =
            List.of(
                    "user",
                    "api_key",
                    "redistribution_key",
                    "connectors",
                    "crm",
                    "account",
                    "lp",
                    "form",
                    "commande",
                    "lead",
                    "queue",
                    "sessions",
                    "source",
                    "product",
                    "image");

    @Inject ActivityLogs logs;
    @Inject UserAdministration users;

    private ActivityTable table;
    private ActivityLogFilter filter = ActivityLogFilter.all();
    private String user;
    private String entityType;
    private String action;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        table = new ActivityTable();
    }

    /** Applies the filter form (the table goes back to its first page). */
    @ActionRequires(value = Section.USERS, access = Access.READ)
    public void search() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error(context, "activity.badPeriod");
            context.validationFailed();
            return;
        }
        Optional<UserId> userId = Optional.empty();
        if (user != null && !user.isBlank()) {
            try {
                userId = Optional.of(new UserId(user));
            } catch (IllegalArgumentException e) {
                Messages.error(context, "activity.badUser");
                context.validationFailed();
                return;
            }
        }
        filter =
                new ActivityLogFilter(
                        userId,
                        Optional.ofNullable(entityType)
                                .filter(t -> !t.isBlank() && t.length() <= 50),
                        Optional.ofNullable(action)
                                .filter(a -> !a.isBlank())
                                .map(ActivityAction::fromWire),
                        Optional.ofNullable(from).map(d -> d.atStartOfDay(ZONE).toInstant()),
                        Optional.ofNullable(to)
                                .map(d -> d.plusDays(1).atStartOfDay(ZONE).toInstant()));
        if (context.getViewRoot().findComponent(TABLE) instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** The staff members offered in the filter, by e-mail. */
    public List<UserRow> getUsers() {
        return users.list(0, UserAdministration.MAX_PAGE).users().stream()
                .map(UserRow::of)
                .toList();
    }

    public List<String> getEntityTypes() {
        return ENTITY_TYPES;
    }

    public List<String> getActions() {
        return Arrays.stream(ActivityAction.values()).map(ActivityAction::wire).toList();
    }

    public ActivityTable getTable() {
        return table;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The log, one page at a time from the store, newest first. */
    public class ActivityTable extends LazyDataModel<ActivityRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, logs.page(filter, 0, 1).total());
        }

        @Override
        public List<ActivityRow> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filters) {
            return logs.page(filter, first, pageSize).logs().stream().map(ActivityRow::of).toList();
        }

        @Override
        public String getRowKey(ActivityRow row) {
            return row.id();
        }

        @Override
        public ActivityRow getRowData(String rowKey) {
            return null; // rows are not selectable
        }
    }
}
